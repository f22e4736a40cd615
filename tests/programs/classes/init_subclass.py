# __init_subclass__ with keywords, registration, and __set_name__ on descriptors.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
class C(B):
    pass
print(Plugin.registry, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
try:
    class E(bogus=1):
        pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Model:
    title = Field()
    body = Field()
m = Model()
m.__dict__["title"] = "hi"
print(m.title, m.body, Model.title.name)
T = type("T", (), {"f": Field()})
print(T.f.name)
class Base:
    def __init_subclass__(cls):
        print("subclass of Base:", cls.__name__)
X = type("X", (Base,), {})
class Y(X):
    pass
