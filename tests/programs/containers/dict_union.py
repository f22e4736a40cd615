# dict | and |=, equality, reversed(dict), iteration order after deletes and re-inserts.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = a
c |= b
print(a, c is a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {1: 2})
print(list(reversed({1: "a", 2: "b", 3: "c"})))
d = {1: 1, 2: 2, 3: 3}
del d[2]
d[2] = 2
d[0] = 0
print(d, list(d))
d.pop(1)
d[1] = 1
print(d)
print({1: "a"} | {1.0: "b"}, {True: 1} | {1: 2})
try:
    {} < {}
except TypeError as e:
    print(e)
print(dict.__or__({1: 2}, 5))
