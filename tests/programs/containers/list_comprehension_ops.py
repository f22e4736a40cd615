# Building lists: comprehensions, nested comprehensions, list() of generators, unpacking into lists.
squares = [x * x for x in range(6)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
print(squares, evens, pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[::-1] for row in matrix], [x for row in matrix for x in row if x > 4])
print(list(x for x in "abc"), [*range(3), *"de"], [*[], *[1]])
first, *rest = [1, 2, 3]
*init, last = "xyz"
print(first, rest, init, last)
a = b = []
a.append(1)
print(a, b, a is b)
c = list(a)
c.append(2)
print(a, c)
print([i for i in range(10)][2:8:3], len([None] * 5), [[]] * 2)
print(sum([[1], [2, 3]], []), [str(n) for n in [1, 2.5, None, True]])
