# Nested comprehensions, conditions, and comprehension scoping.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5) if x % 2})
print({len(w) for w in ["a", "bb", "cc", "ddd"]} == {1, 2, 3})
x = "outer"
print([x for x in range(3)], x)
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["aa", "b", "ccc"]))
