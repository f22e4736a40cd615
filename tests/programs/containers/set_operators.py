# set and frozenset operators: | & - ^ and in-place forms, mixed types, errors with non-sets.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
fa = frozenset(a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, fa & b, fa - {1}, fa ^ {1, 9})
c = a
c |= {7}
c &= {1, 2, 7, 9}
c -= {2}
c ^= {100, 1}
print(a, c is a)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a & "x"
except TypeError as e:
    print(e)
try:
    a - 1
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
print(a == frozenset(a), frozenset([1]) == {1}, {1} == [1])
print(a.union([1]) == a | {1})
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1, 2]): "fs"}
print(d[frozenset([2, 1])])
print(frozenset(), frozenset([]), repr(frozenset("a")))
class S(set):
    pass
s = S([3, 1])
print(s, type(s | {2}).__name__)
