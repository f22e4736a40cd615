# __slots__: no instance __dict__, attribute errors, inheritance, and default values via class attributes.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.x, q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(7)
r.w = 8
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print(e)
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, type(S.only).__name__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
