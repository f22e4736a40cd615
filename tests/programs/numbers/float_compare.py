# Float comparisons: NaN is unordered, -0.0 equals 0.0, infinities, and sorting with mixed numbers.
nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, nan >= nan, inf > 1e308, -inf < -1e308, inf == inf, 0.0 == -0.0)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1.0 < 1.0000000000000002, 5e-324 > 0, -5e-324 < 0)
print(sorted([3.5, -1.0, 2, -inf, inf, 0.0, 10 ** 20]), max(1.0, 1), min(1, 1.0))
x = nan
print(x is x, x == x, [x] == [x], x in [x], nan in [float("nan")])
print(1.0 == True, 0.0 == False, 2.0 != 2, (1.5).__lt__(2), (1.5).__lt__("a"))
