# Comparisons between ints and floats are exact, even where the int has no exact float.
n = 2 ** 53 + 1
print(n == float(n), n > float(n), n - 1 == float(n), float(2 ** 53) == 2 ** 53)
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"), big == float("inf"))
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, 2 ** 1000 > 1e300, 2 ** 1000 < 1.0715086071862674e+301)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10 ** 400 == nan, 10 ** 400 != nan)
print(max(3, 2.5, 10 ** 20), min(-1, -1.0), sorted([3, 1.5, 2, 2 ** 60, 0.5]))
print(10 ** 16 + 1 == 1e16, 10 ** 16 == 1e16, 123456789012345678 < 1.2345678901234568e17)
print(True == 1.0, False < 0.5, 5 <= 5.0, 5 >= 5.000000000000001)
