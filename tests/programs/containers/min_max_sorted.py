# min, max and sorted: keys, defaults, iterables vs arguments, ties and error messages.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, "b"), (1, "a")))
print(max([1, 3, 3.0], key=lambda x: -x), max([3, 3.0]), max([3.0, 3]), min([], default=None), max((), default="e"))
print(min("apple", "fig", "kiwi", key=len), max("apple", "fig", "kiwi", key=len))
print(max({1: "a", 2: "b"}), min({5, 3, 8}), max(range(10), key=lambda n: n % 4))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max([1], foo=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower))
print(sorted(range(5), key=lambda n: (n % 2, -n)), sorted([]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None)])
    sorted([None, None])
except TypeError as e:
    print(e)
