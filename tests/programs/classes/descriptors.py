# User descriptors: data vs non-data precedence, __get__ with None instance, __set__ and __delete__.
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner):
        print("get", self.name, obj is None, owner.__name__)
        return 42 if obj is not None else self
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class C:
    a = Verbose("a")
    b = NonData()
c = C()
print(c.a)
c.a = 5
print(c.__dict__)
c.__dict__["a"] = "shadow"
print(c.a)
del c.a
print(c.b)
c.b = "instance wins"
print(c.b, C.b)
print(type(C.a).__name__)
class Typed:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.private[1:]} must be int")
        setattr(obj, self.private, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
pt = Point(1, 2)
print(pt.x, pt.y, sorted(vars(pt)))
try:
    pt.x = "no"
except TypeError as e:
    print(e)
class ReadOnly:
    def __get__(self, obj, owner):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class H:
    r = ReadOnly()
try:
    H().r = 5
except AttributeError as e:
    print(e)
