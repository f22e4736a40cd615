# Metaclasses: metaclass= keyword, __new__ and __init__ of the metaclass, inheritance of the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def f(self):
        return "f"
class B(A, flag=True):
    y = 2
print(type(A).__name__, type(B).__name__, A.tag, B.tag, B().f(), isinstance(B, Meta))
print(type(Meta), Meta.__mro__)
def make(name, bases, ns):
    ns["made"] = True
    return type(name, bases, ns)
class C(metaclass=make):
    pass
print(C.made, type(C))
class Meta2(type):
    pass
class D(metaclass=Meta2):
    pass
try:
    class E(A, D):
        pass
except TypeError as e:
    print(e)
class Counter(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counter.count += 1
        print("creating", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)
class P(metaclass=Counter):
    def __init__(self, v=0):
        self.v = v
p = P(5)
q = P(v=7)
print(p.v, q.v, Counter.count)
