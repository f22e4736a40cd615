# Class decorators and methods added after creation; functions, classmethods and attributes attached at runtime.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "a"), REG)
def count_instances(cls):
    original = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Thing:
    def __init__(self, v):
        self.v = v
Thing(1); Thing(2)
print(Thing.count, Thing(3).v, Thing.count)
Point.norm = lambda self: (self.x ** 2 + self.y ** 2) ** 0.5
print(Point(3, 4).norm())
Point.origin = classmethod(lambda cls: cls(0, 0))
print(Point.origin())
del Point.norm
print(hasattr(Point(1, 1), "norm"))
