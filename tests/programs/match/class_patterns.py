# Class patterns: __match_args__, keyword sub-patterns, builtin types matching themselves, errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict(d) if d:
            return f"dict {d}"
        case bool(b):
            return "bool"
        case _:
            return "unknown"
for v in [Point(0, 0), Point3(1, 2, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), Point3(1, 2, 3), 7, 2.5, True, "s", [9, 8], [], {"a": 1}, {}, None]:
    print(where(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(e)
notaclass = len
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print(e)
class Missing:
    __match_args__ = ("gone",)
match Missing():
    case Missing(x):
        print("matched", x)
    case _:
        print("attribute missing: no match")
