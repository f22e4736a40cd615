# property: getter, setter, deleter, docstrings, decorator chaining and error messages.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
def get_x(self):
    return "x"
x = property(get_x, doc="the x")
print(x.__doc__, x.fget is get_x, x.fset, x.fdel)
class U:
    x = x
    y = property()
print(U().x)
try:
    U().y
except AttributeError as e:
    print(e)
p2 = Temp.celsius.getter(lambda self: "new")
print(p2 is Temp.celsius, p2.fset is Temp.celsius.fset)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub " + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
