# dict views: keys/values/items are live views with reprs, set operations, len, in and reversed.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
d["d"] = 4
print(k, len(k), "a" in k, "z" in k, 4 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "x"}, sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "y"}))
print(i & {("a", 1)}, k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k < {"a"})
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.isdisjoint({"q"}), k.isdisjoint(["a"]))
print(list(k), list(v), list(i))
print({}.keys(), {}.values(), {}.items())
print(v == v, d.values() == d.values())
it = iter(i)
print(next(it), next(it))
try:
    k[0]
except TypeError as e:
    print(e)
nested = {1: {2: 3}}
print(nested.items())
