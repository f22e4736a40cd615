# Object creation: __new__ and __init__ arguments, singletons, immutable subclasses of builtins.
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(3) + 1, isinstance(Pos(1), int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
print(Upper("hi"), Upper("hi").shout(), len(Upper("abc")), Upper("x") == "X")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), type(p).__name__, p[0], len(p), p == (1, 2))
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), type(m).__name__, type(m + [5]).__name__, m[1:3], type(m[1:3]).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(a=1)
md["b"] = 2
print(md, type(md).__name__, md.get("b"))
class Once:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Once() is Once())
class ErrNew:
    def __new__(cls, x):
        raise ValueError(f"bad {x}")
try:
    ErrNew(1)
except ValueError as e:
    print(e)
print(object.__new__(Once).__class__.__name__)
