# Generator expressions are lazy, single-use, and see their iterable evaluated eagerly.
data = [1, 2, 3]
g = (x * 10 for x in data)
data.append(4)
print(list(g), list(g))
data = [1, 2]
g2 = (x for x in data)
data = [7, 8]
print(list(g2))
print(sum(x for x in range(101)), max(len(s) for s in ["a", "bbb", "cc"]), any(x > 2 for x in [1, 5]))
print(type(x for x in []).__name__, list(zip((i for i in "ab"), (j for j in range(9)))))
