# set methods: add, remove, discard, pop, clear, copy, update and the *_update variants, subset tests.
s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(s, len(s), 3 in s, 2 in s)
print(s.union([5, 6], (7,)), s.intersection({1, 3, 9}, [3]), s.difference([1]), s.symmetric_difference({1, 8}))
print(s.issubset({1, 3, 4, 5}), s.issuperset([1]), s.isdisjoint({9}), s.isdisjoint([1]))
t = s.copy()
t.update([10, 11], {12})
print(t, s)
t.intersection_update(set([10, 11, 1, 3]))
print(t)
t.difference_update([10])
print(t)
t.symmetric_difference_update({1, 50})
print(t)
t.clear()
print(t, set(), bool(t))
try:
    s.remove(99)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    s.add([1])
except TypeError as e:
    print(e)
try:
    {[]}
except TypeError as e:
    print(e)
print(set("aaa"), set([1, 1, 2]), set({1: 2}), set(range(3)))
print(s.union(), s.intersection())
x = {1, 2}
x.add(x.__len__())
print(x)
s2 = {(1, 2), (1, 2), None}
print(len(s2), (1, 2) in s2)
print({1, 2} == {2, 1}, {1} != {1}, {1, 2} <= {1, 2}, {1} < {1}, {1, 2, 3} > {1}, {1} >= {1, 2})
