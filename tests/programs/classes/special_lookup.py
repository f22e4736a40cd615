# Special methods are looked up on the type, not the instance; instance attributes named like dunders are ignored.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 5
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(e)
class Meta(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __iter__(cls):
        return iter([1, 2])
class K(metaclass=Meta):
    def __len__(self):
        return 3
print(len(K), len(K()), repr(K), list(K), K)
class Callable:
    pass
obj = Callable()
obj.__call__ = lambda: "x"
try:
    obj()
except TypeError as e:
    print(e)
