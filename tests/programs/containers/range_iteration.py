# range in loops: negative steps, large ranges, membership on huge ranges and enumerate/zip over ranges.
for i in range(10, 0, -3):
    print(i, end=" ")
print()
r = range(0, 10 ** 9, 7)
print(len(r), r[10 ** 6], 7 * 10 ** 6 in r, 7 * 10 ** 6 + 1 in r, r[-1])
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8), 1)))
print([i for i in range(20) if i % 6 == 0], sum(range(0, 100, 5)))
total = 0
for i in range(1, 5):
    for j in range(i):
        total += j
print(total)
print(list(range(3, -3, -1)), list(range(-3, 3, 2)), list(range(0, -5)))
print(range(2, 11, 3).index(8), range(10)[::-3], list(range(10)[::-3]))
print(reversed(range(3)).__next__(), list(reversed(range(10, 0, -4))))
