# Tuple unpacking, starred assignment, swaps and nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
print(*[1, 2, 3], sep="-", end="!\n")
t = (1,)
print(t, (), (1, 2) + (3,), tuple([4, 5]))
