# classmethod patterns: alternative constructors, class-level registries per subclass, and cls vs type(self).
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registry = {}
        Shape.registry[cls.__name__] = cls
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry[id(obj) % 1 + len(cls.registry)] = obj
        return obj
    def kind(self):
        return type(self).__name__
class Sq(Shape):
    def __init__(self, s=1):
        self.s = s
class Ci(Shape):
    def __init__(self, r=1):
        self.r = r
a = Sq.create(2)
b = Sq.create(3)
c = Ci.create()
print(sorted(Shape.registry), len(Sq.registry), len(Ci.registry), a.kind(), c.kind())
class Temperature:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    def __repr__(self):
        return f"{type(self).__name__}({self.c:.1f})"
class Kelvin(Temperature):
    pass
print(Temperature.from_f(212), Kelvin.from_f(32), Kelvin(1).from_f(50))
