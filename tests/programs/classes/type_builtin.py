# type(): one-argument form, three-argument class creation, and type attributes.
print(type(1), type("s"), type([]), type(type), type(None), type(print).__name__)
Point = type("Point", (), {"x": 0, "show": lambda self: f"P{self.x}"})
p = Point()
p.x = 3
print(Point, Point.__name__, p.show(), Point.__bases__, Point.__mro__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub.__bases__, Sub().show(), Sub.y, issubclass(Sub, Point), Sub.__base__)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(e)
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(type.__name__, int.__name__, int.__qualname__, int.__module__, object.__bases__, int.__bases__, bool.__mro__)
print(isinstance(int, type), isinstance(type, object), issubclass(type, object), type(object))
class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, M.__class__.__name__)
