# super(): zero-argument in methods and classmethods, two-argument form, cooperative multiple inheritance.
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(B.make(), D.make())
print(super(B, D()).who(), super(C, D()).who(), super(D, D).make())
class E(D):
    def who(self):
        return super(B, self).who()
print(E().who())
s = super(B, D())
print(type(s).__name__)
class Init:
    def __init__(self, **kw):
        print("Init", kw)
class Left(Init):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Init):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
try:
    super(int, "x")
except TypeError as e:
    print(e)
class F:
    def m(self):
        return super().__repr__().startswith("<__main__.F object")
print(F().m())
class G(A):
    def who(self):
        return super().nope
try:
    G().who()
except AttributeError as e:
    print(e)
