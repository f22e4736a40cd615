# __call__ on instances, callable(), and calling classes with the wrong arguments.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2])))
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print(e)
try:
    NoCall(1)
except TypeError as e:
    print(e)
try:
    NoCall(a=1)
except TypeError as e:
    print(e)
class Init1:
    def __init__(self, a):
        self.a = a
try:
    Init1()
except TypeError as e:
    print(e)
try:
    Init1(1, 2)
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class New:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
New(1, 2)
class Other:
    def __new__(cls):
        return 42
print(Other())
try:
    object.__new__(5)
except TypeError as e:
    print(e)
