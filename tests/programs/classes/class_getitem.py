# __class_getitem__ and generic aliases of builtin types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[1, 2], Box["x"])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int](range(3)))
try:
    int[str]
except TypeError as e:
    print(e)
class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(e)
try:
    object()[0]
except TypeError as e:
    print(e)
