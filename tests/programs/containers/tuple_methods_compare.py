# Tuple comparisons element by element, mixed numeric types, sorting tuples, and tuple() of iterables.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") < (1, "b"), (0.5, 1) < (1, 0))
print((1, 2) == (1.0, 2.0), (1, 2) != (1, 2), () < (0,), (None,) == (None,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
pts = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pts), sorted(pts, reverse=True), min(pts), max(pts))
print(tuple(x * 2 for x in range(3)), tuple("hi"), tuple({1: 2}), tuple(range(0)))
t = (1, [2, 3])
t[1].append(4)
print(t, t.count([2, 3, 4]), t.index([2, 3, 4]))
print((1, 2) + (3,), (1,) * 3, 3 * (0,), (1, 2)[::-1], len(((),)))
