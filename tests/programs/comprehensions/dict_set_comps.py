# Dict and set comprehensions with several clauses and unpacking.
pairs = [("a", 1), ("b", 2), ("c", 3)]
print({k: v for k, v in pairs}, {v: k for k, v in pairs if v > 1})
print(sorted({a * b for a in range(4) for b in range(4)}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
print([(i, j) for i in range(3) for j in range(i)], [*range(3), *"ab"])
