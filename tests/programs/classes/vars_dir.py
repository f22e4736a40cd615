# __dict__, vars() and dir(): sorted names from the instance, its class and the bases.
class Base:
    b = 1
    def bm(self):
        pass
class Child(Base):
    c = 2
    def __init__(self):
        self.inst = 3
    def cm(self):
        pass
ch = Child()
print(vars(ch), ch.__dict__ is vars(ch))
print([n for n in dir(ch) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(ch), "__class__" in dir(ch), "__dict__" in dir(ch))
ch.__dict__["extra"] = 4
print(ch.extra, sorted(vars(ch)))
try:
    vars(5)
except TypeError as e:
    print(e)
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
class Empty:
    pass
print(dir(Empty()) == dir(Empty), len(dir(object)) > 10, dir(Empty)[:3])
print([n for n in dir(Empty) if not n.startswith("_")])
print(sorted(n for n in vars(Child) if not n.startswith("__")))
print(dir([])[-11:])
