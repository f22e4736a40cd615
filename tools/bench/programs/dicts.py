# Dictionary inserts, lookups and iteration with string and int keys.
counts = {}
for i in range(300000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
names = {f"k{i}": i for i in range(80000)}
total = 0
for k, v in names.items():
    total += v
print(len(counts), counts[7], total)
