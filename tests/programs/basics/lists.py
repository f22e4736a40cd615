# list methods, slicing assignment, sorting with keys, and comprehensions.
xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 9)
xs.extend([2, 2])
print(xs, len(xs), xs.count(2), xs.index(8))
xs.remove(2)
print(xs.pop(), xs.pop(0), xs)
xs.sort()
print(xs, sorted(xs, reverse=True), sorted(["bb", "a", "ccc"], key=len))
xs[1:3] = [10, 20, 30]
print(xs, xs[::-1], xs[-2:])
del xs[0]
print(xs, [x * x for x in range(6) if x % 2 == 0], [[i, j] for i in range(2) for j in range(2)])
print(list(range(10, 0, -3)), list(reversed([1, 2, 3])), [1, 2] * 2, [0] * 3)
