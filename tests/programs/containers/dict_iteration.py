# Iterating dicts: keys, values, items, insertion order, sorted views and comprehension rebuilds.
prices = {"apple": 3, "pear": 5, "fig": 2, "kiwi": 4}
for k in prices:
    print(k, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}", end=" ")
print()
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print(sorted(prices), sorted(prices.items(), key=lambda kv: -kv[1]))
inverse = {v: k for k, v in prices.items()}
print(inverse)
print({k: v for k, v in prices.items() if v > 2})
print(list(enumerate(prices)), dict(enumerate("ab")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
nested = {"a": {"x": 1}, "b": {"y": 2}}
print([(o, i) for o, d in nested.items() for i in d])
