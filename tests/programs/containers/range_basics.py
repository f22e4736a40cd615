# range objects: repr, len, indexing, slicing, in, index/count, reversed, equality and errors.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(range(5), range(0, 5), range(1, 10, 1), range(10, 0, -2), range(0), range(5, 2))
print(r[1:4], r[::-1], r[::2], r[10:], range(10)[-3:], range(10, 0, -1)[2:5])
print(8 in r, 9 in r, 2.0 in r, "x" in r, -1 in range(-5, 0))
print(r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))
print(range(0) == range(5, 2), range(0, 6, 2) == range(0, 5, 2), range(3) == range(3), range(3) != range(4))
print(range(1, 2, 5) == range(1, 3, 7), hash(range(3)) == hash(range(0, 3)))
print(len(range(-10, 10, 7)), list(range(-10, 10, 7)), bool(range(0)), bool(range(1)))
for bad in [lambda: range(3)[5], lambda: r.index(12), lambda: range(1, 2, 0), lambda: range(1.5), lambda: range()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(iter(r)).__name__, type(reversed(r)).__name__)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
