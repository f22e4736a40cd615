# Starred targets in assignments and for loops, and the errors for wrong counts.
a, *b, c = range(6)
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
(x, y), *z = [(1, 2), 3, 4]
print(x, y, z)
for bad in ([1], [1, 2, 3]):
    try:
        p, q = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
