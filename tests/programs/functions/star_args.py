# Unpacking into calls: *iterables and **mappings, mixed with explicit arguments.
def show(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"

print(show(1, *[2, 3], *range(2), x=1, **{"y": 2}, **dict(z=3)))
print(show(*"ab", *(), **{}))
parts = {"sep": "-", "end": ".\n"}
print("a", "b", **parts)
try:
    show(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
