import math
print(0.1 + 0.1 + 0.1, math.fsum([0.1] * 10), math.fsum([0.1, 0.1, 0.1]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1.0]))
print(math.fsum([2.0**53, 1.0, 1e-16]), math.fsum([1e16, 1.0, 1e-16]))
for values in [[math.inf, -math.inf], [1e308, 1e308]]:
    try:
        math.fsum(values)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.fsum(["a"])
except TypeError as e:
    print(e)
