# What plain object provides: default __eq__ (identity), __hash__, __repr__ shape, __str__ falling back to __repr__, __format__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), str(a) == repr(a), repr(a).startswith("<__main__.Plain object at 0x"))
print(format(a, "") == str(a), f"{a}" == str(a), bool(a), Plain.__bases__, Plain.__mro__)
try:
    format(a, "x")
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
print(a.__eq__(b), a.__ne__(a), a.__lt__(b), object.__eq__(a, a))
print(sorted(n for n in dir(object) if n in ("__init__", "__new__", "__repr__", "__hash__", "__eq__", "__class__", "__dict__")))
print(object().__class__, type(object()).__name__, isinstance(Plain, object), issubclass(Plain, object))
try:
    object().attr = 1
except AttributeError as e:
    print(e)
