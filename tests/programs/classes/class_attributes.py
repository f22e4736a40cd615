# Class attributes vs instance attributes: shadowing, mutation through the class, __dict__ contents and __class__.
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
a, b = Counter("a"), Counter("b")
a.shared.append(1)
a.total = 100
print(Counter.total, a.total, b.total, b.shared, a.__dict__, b.__dict__)
del a.total
print(a.total)
Counter.version = 2
print(a.version, hasattr(b, "version"), "version" in Counter.__dict__)
print(a.__class__ is Counter, type(a) is Counter, a.__class__.__name__, Counter.__name__, Counter.__qualname__)
class Outer:
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer().method().__qualname__, Outer.Inner.__name__, Outer.__module__)
print(Counter.__dict__["total"], type(Counter.__dict__).__name__)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))
def outside(self):
    return "patched " + self.name
Counter.greet = outside
print(a.greet(), Counter.greet(b))
a.greet = lambda: "instance"
print(a.greet(), b.greet())
try:
    Counter.nothing
except AttributeError as e:
    print(e)
try:
    a.nothing
except AttributeError as e:
    print(e)
class D:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
    try:
        w = [x * i for i in range(3)]
    except NameError as e:
        w = str(e)
print(D.y, D.z, D.w)
try:
    int.foo = 1
except TypeError as e:
    print(e)
