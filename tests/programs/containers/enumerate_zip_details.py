# enumerate and zip in detail: start values, strict zip, unequal lengths, and re-iterating exhausted iterators.
print(list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate(range(0))))
e = enumerate([1, 2])
print(list(e), list(e))
print(list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")), list(zip(*[(1, 2), (3, 4)])))
z = zip([1, 2], "xy")
print(next(z), list(z), list(z))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2, 3], [4], [5], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(dict(enumerate("xyz")), [i * c for i, c in enumerate("abc", 1)])
keys, values = zip(*{"a": 1, "b": 2}.items())
print(keys, values)
print(list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, "a1b2")))
