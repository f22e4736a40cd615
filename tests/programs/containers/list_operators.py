# list operators: +, *, +=, *=, comparisons, in, reversed, and list() from iterables.
a = [1, 2, 3]
b = a
a += (4, 5)
print(a, b is a)
a *= 2
print(a, b is a)
c = a + [6]
print(c, c is a)
print([0] * 3, 2 * ["x"], [1] * 0, [1] * -2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1, 2] != [1, 2], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], 3 in a, 9 not in a)
print(list(reversed([1, 2, 3])), list("abc"), list({1: 2, 3: 4}), list(range(3)))
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
try:
    a += 5
except TypeError as e:
    print(e)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
x = [1, 2]
x.append(x)
print(x)
print([1.0, 2] == [1, 2.0], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan])
