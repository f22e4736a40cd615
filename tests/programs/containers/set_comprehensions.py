# Set comprehensions and conversions over small ints, with deterministic ordering.
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(set(range(10)) - {x for x in range(10) if x % 3 == 0})
evens = {n for n in range(20) if n % 2 == 0}
odds = set(range(1, 20, 2))
print(evens | odds == set(range(20)), evens & odds, len(evens ^ odds))
print(sorted({3, 1, 2}, reverse=True), list(set([3, 3, 1])), tuple({9, 1}))
words = ["a", "bb", "a", "ccc", "bb"]
print(sorted(set(words)), len(set(words)), {len(w) for w in words})
print(set(), {()}, {(1, 2), (1, 2)}, {frozenset()})
print(max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}), any({0}), all(set()))
