# The class body as a namespace: statements run at definition time, loops and conditionals, and scope rules.
print("before")
class Settings:
    print("in body")
    values = []
    for i in range(3):
        values.append(i * i)
    if len(values) > 2:
        big = True
    else:
        big = False
    del i
    name = "settings"
    def get(self):
        return self.name
print("after", Settings.values, Settings.big, hasattr(Settings, "i"), Settings().get())
x = "global"
class Scope:
    x = "class"
    def method(self):
        return x
    y = x
print(Scope().method(), Scope.y)
class Outer:
    level = "outer"
    class Inner:
        level = "inner"
        def show(self):
            return self.level
print(Outer.Inner().show(), Outer.level, Outer.Inner.__qualname__)
def factory(tag):
    class Made:
        label = tag
    return Made
A, B = factory("a"), factory("b")
print(A.label, B.label, A is B, A.__qualname__)
