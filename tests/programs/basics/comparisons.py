# Chained comparisons, mixed int/float comparisons, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5.0, x != 5, 3 <= 3.0 < 4)
print([1, 2] < [1, 3], (1, 2) == (1, 2), "abc" < "abd", "Z" < "a")
print(None is None, x is not None, 3 in [1, 2, 3], "b" in "abc", 4 not in (1, 2))
print(max(3, 7, 1), min([4, 2, 8]), max("apple", "pear", key=len), min([], default="none"))
