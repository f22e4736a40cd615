# __init__ patterns: defaults, keyword-only args, *args/**kwargs forwarding, and errors for wrong calls.
class Config:
    def __init__(self, name, *, debug=False, **extra):
        self.name, self.debug, self.extra = name, debug, extra
    def __repr__(self):
        return f"Config({self.name!r}, debug={self.debug}, extra={self.extra})"
print(Config("a"), Config("b", debug=True), Config("c", level=3, mode="x"))
for args, kwargs in [((), {}), (("a", True), {}), (("a",), {"name": "b"})]:
    try:
        Config(*args, **kwargs)
    except TypeError as e:
        print(e)
class Forwarding(Config):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("debug", True)
        super().__init__(*args, **kwargs)
print(Forwarding("f"), Forwarding("g", debug=False, x=1))
class Pt:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
p = Pt(y=5)
print(p.x, p.y, vars(Pt(1)))
try:
    Pt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Pt(z=1)
except TypeError as e:
    print(e)
