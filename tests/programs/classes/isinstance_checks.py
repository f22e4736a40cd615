# isinstance/issubclass with tuples, __instancecheck__/__subclasscheck__ and errors.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, (str, (list, int))))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(bool, int), issubclass(int, bool))
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is int
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even), issubclass(int, Even), issubclass(str, Even))
print(isinstance(Even(), Even))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
print(isinstance(True, int), isinstance(None, object), isinstance(int, object), isinstance([], (tuple, list)))
print(isinstance(1, ()), issubclass(A, ()))
