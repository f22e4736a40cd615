# __getattr__, __getattribute__, __setattr__ and __delattr__ overrides.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "nope", "dflt"), hasattr(l, "x1"), hasattr(l, "q"))
try:
    l.q
except AttributeError as e:
    print(e)
class Logged:
    def __getattribute__(self, name):
        if name != "__dict__":
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = Logged()
g.v = 5
print(g.v)
del g.v
print(hasattr(g, "v"))
class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Fallback().anything)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    getattr(1, "nothing")
except AttributeError as e:
    print(e)
print(getattr(int, "real").__name__)
