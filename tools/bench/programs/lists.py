# List comprehensions, appends, indexing, slicing and sorting.
data = [(i * 7919) % 10007 for i in range(200000)]
evens = [x for x in data if x % 2 == 0]
data.sort()
acc = 0
for i in range(0, len(data), 3):
    acc += data[i]
print(len(evens), data[:3], acc, sorted(evens, reverse=True)[:2])
