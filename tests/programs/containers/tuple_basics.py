# tuples: construction, indexing, slicing, count/index, concatenation, comparison, hashing and unpacking.
t = (1, 2, 3, 2, 1)
print(t, t[1], t[-1], t[1:4], t[::-1], len(t), t.count(2), t.index(2), t.index(1, 1))
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({5: 0}))
print(t + (4,), (0,) * 3, 2 * (1, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print({(1, 2): "a"}[(1, 2)])
a, *b, c = t
print(a, b, c)
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(tuple(t) is t, t[:] is t)
