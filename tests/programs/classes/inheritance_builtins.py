# Subclassing builtins: overriding methods of list and dict, and which operations bypass overrides.
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
ll = LoudList([1, 2])
ll.append(3)
print(ll, ll[0], list(ll), sum(ll), ll + [4], type(ll + [4]).__name__)
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = v = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.get("c"), "c" in dd, isinstance(dd, dict), dd.factory)
class Str(str):
    def shout(self):
        return self.upper() + "!"
s = Str("hey")
print(s.shout(), s + "x", type(s + "x").__name__, s.upper(), type(s.upper()).__name__, s == "hey", len(s))
class Int(int):
    def __add__(self, o):
        return Int(int(self) + int(o) + 1000)
print(Int(1) + 2, 2 + Int(1), type(Int(5) * 2).__name__, Int(3) == 3, hash(Int(3)) == hash(3))
class T(tuple):
    pass
t = T((1, 2))
print(t, type(t[:1]).__name__, type(t + t).__name__, t == (1, 2))
