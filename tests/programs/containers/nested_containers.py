# Nested containers: recursive reprs, deep equality, copies share inner objects, comprehension builds.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid, [row[1] for row in grid])
d = {"k": [1, 2], "t": (3, [4])}
d2 = d.copy()
d2["k"].append(9)
print(d, d2 == d)
a = [1]
a.append(a)
b = {"self": None}
b["self"] = b
print(a, b)
t = ([],)
t[0].append(t)
print(t)
s = {1: {2: {3: [4, (5, {6})]}}}
print(s[1][2][3][1][1])
print({k: v for k, v in zip("abc", range(3))}, {n % 3 for n in range(10)}, [x for x in "hi"])
m = [[1, 2], [3, 4]]
print([list(r) for r in zip(*m)], sum(m, []))
print([[]] == [[]], [[1]] < [[2]], ([1], 2) == ([1], 2))
try:
    t[0] += [1]
except TypeError as e:
    print(e)
print(len(t[0]))
