# Bound and unbound methods: __self__, __func__, equality, identity, and functions stored on instances.
class A:
    def m(self):
        return "m"
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"
a = A()
bm = a.m
print(bm(), bm.__self__ is a, bm.__func__ is A.m, A.m(a), type(bm).__name__, type(A.m).__name__)
print(a.m == a.m, a.m is a.m, A().m == a.m, A.c.__self__ is A, A.s is a.s)
f = A.m
print(f(a), f.__name__, f.__qualname__)
a.extra = lambda: "plain function, not bound"
print(a.extra(), type(a.extra).__name__)
meths = [a.m, A.c, A.s]
print([m() for m in meths])
class B(A):
    pass
print(B.c(), B().c(), B.m is A.m, B().m.__func__ is A.m)
try:
    A.m()
except TypeError as e:
    print(e)
try:
    a.m(1)
except TypeError as e:
    print(e)
print(repr(A.m)[:17], repr(A.s)[:17])
