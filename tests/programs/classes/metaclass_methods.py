# Metaclass methods and attributes: visible on classes, not on instances; class properties; metaclass __getattr__.
class Meta(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Meta.registry.append(name)
    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __getattr__(cls, name):
        return f"meta-fallback:{name}"
class A(metaclass=Meta):
    x = 1
    def f(self):
        pass
class B(A):
    y = 2
print(Meta.registry, A.describe(), B.describe(), A.upper_name, B.anything)
try:
    A().describe()
except AttributeError as e:
    print(e)
print(hasattr(A(), "upper_name"), type(A).__name__, isinstance(A, Meta), isinstance(A(), Meta))
print(A.x, B.x, B.y, A.missing_attr)
class Counted(type):
    def __call__(cls, *args):
        inst = super().__call__(*args)
        cls.instances = getattr(cls, "instances", 0) + 1
        return inst
class P(metaclass=Counted):
    def __init__(self, a=0):
        self.a = a
P(); P(1); P(2)
print(P.instances, P(5).a, P.instances)
