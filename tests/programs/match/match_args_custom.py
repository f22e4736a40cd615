# __match_args__ on user classes: inherited, overridden, empty, and with properties as attributes.
class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Circle(Shape):
    __match_args__ = ("name", "r")
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
class Bare:
    __match_args__ = ()
def describe(s):
    match s:
        case Circle(_, r) if r > 10:
            return "big circle"
        case Circle(n, r):
            return f"{n} r={r}"
        case Rect("rect", area=a) if a > 50:
            return f"big rect {a}"
        case Rect(n, w=w, h=h):
            return f"{n} {w}x{h}"
        case Shape(n):
            return f"shape {n}"
        case Bare():
            return "bare"
for s in [Circle(20), Circle(2), Rect(10, 10), Rect(2, 3), Shape("blob"), Bare()]:
    print(describe(s))
try:
    match Bare():
        case Bare(1):
            pass
except TypeError as e:
    print(e)
print(Circle.__match_args__, Rect.__match_args__)
