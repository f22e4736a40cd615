# Sorting records: multi-key sorts, stability across passes, reverse stability, and key functions.
records = [("ann", "b", 3), ("bob", "a", 1), ("cat", "b", 1), ("dan", "a", 3), ("eve", "c", 2), ("fay", "a", 2)]
by_group = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_group])
by_score_then_group = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([r[0] for r in by_score_then_group])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: (-r[2], r[0]))])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3))
data = list(range(100, 0, -1))
data.sort(key=lambda n: n % 10)
print(data[:12])
big = [(i * 37) % 101 for i in range(200)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], big[:5])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
