# Abstract-method patterns without abc: NotImplementedError, template methods and hooks.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in [Square(2), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("not implemented:", e)
class Base:
    def run(self):
        return [self.setup(), self.step(), self.teardown()]
    def setup(self):
        return "base setup"
    def step(self):
        return "base step"
    def teardown(self):
        return "base teardown"
class Custom(Base):
    def step(self):
        return "custom step"
print(Custom().run())
class Registry:
    _handlers = {}
    @classmethod
    def register(cls, kind):
        def deco(fn):
            cls._handlers[kind] = fn
            return fn
        return deco
    @classmethod
    def handle(cls, kind, x):
        return cls._handlers[kind](x)
@Registry.register("double")
def double(x):
    return 2 * x
print(Registry.handle("double", 21), list(Registry._handlers))
