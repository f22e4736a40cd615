# __prepare__ supplies the class namespace; the body's assignment order is visible.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("set", key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        order = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = order
        return cls
class A(metaclass=Meta, option=1):
    b = 1
    a = 2
    def m(self):
        pass
    b = 3
print(A.order, A.b)
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())))
