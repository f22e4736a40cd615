# Index and type errors from lists and tuples, with CPython's exact messages.
xs = [1, 2, 3]
t = (1, 2, 3)
cases = [
    lambda: xs[3], lambda: xs[-4], lambda: t[5], lambda: xs["0"], lambda: t[1.0], lambda: xs[None],
    lambda: xs.pop(3), lambda: [].pop(0), lambda: xs.index(9), lambda: t.index(9), lambda: xs.remove(9),
    lambda: xs.insert("a", 1), lambda: xs[::0], lambda: xs["a":], lambda: t.count(), lambda: xs.count(1, 2),
    lambda: xs.sort(key=1), lambda: list(1), lambda: tuple(None), lambda: [1, 2] * "a",
]
for case in cases:
    try:
        print("ok", case())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
def assign(i, v):
    xs[i] = v
for i, v in [(5, 0), (-10, 0), ("a", 0), (slice(0, 1), 5)]:
    try:
        assign(i, v)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(xs)
