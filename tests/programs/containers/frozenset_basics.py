# frozenset: immutability, hashing, methods, and identity of frozenset(frozenset).
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f))
print(f.union({4}), f.intersection([1, 9]), f.difference({1}), f.symmetric_difference({1, 5}))
print(f.issubset(range(5)), f.issuperset({1}), f.isdisjoint({7}))
print(f.copy() is f, frozenset(f) is f)
try:
    f.add(1)
except AttributeError as e:
    print(e)
e = frozenset()
print(e, e == set(), bool(e))
print({frozenset({1}): 1, frozenset({2}): 2})
nested = frozenset([frozenset([1]), frozenset([1])])
print(len(nested), nested)
print(set([frozenset([2])]))
