# Tuple packing and unpacking: swaps, nested targets, starred targets, and unpacking errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
head, *mid, tail = range(6)
print(head, mid, tail)
*_, last = [9]
print(last, _)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
t = 1,
print(t, type(t).__name__, len(t))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
def f():
    return 1, 2, 3
one, two, three = f()
print(one + two + three, f())
