# Mixing set and frozenset: result types, equality and hashing across the two, and sets of frozensets.
s = {1, 2, 3}
f = frozenset([2, 3, 4])
print(type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f - s).__name__, type(f ^ s).__name__)
print(s.union(f), f.union(s), f.intersection(s, [3]), s.issubset(f), f.issuperset({2}))
print(frozenset(s) == s, s == frozenset(s), hash(frozenset(s)) == hash(frozenset([3, 2, 1])))
print({frozenset([1]), frozenset([1]), frozenset([2])} == {frozenset([2]), frozenset([1])})
print(frozenset([1, 2]) in {frozenset([2, 1])}, {1, 2} in {frozenset([1, 2])})
ss = {frozenset([1])}
ss.discard({1})
print(ss)
try:
    ss.remove({9})
except KeyError as e:
    print(repr(e))
print(set(f), frozenset(s), sorted(f.copy()), f.copy() is f, s.copy() is s)
print(frozenset().union(), frozenset([5]).difference(), set().intersection())
