import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-0.0, -1))
print(math.sinh(0), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(1), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
for call in ["math.sin(math.inf)", "math.cos(-math.inf)", "math.tan(math.inf)", "math.asin(2)", "math.acos(-2)",
             "math.atanh(1)", "math.acosh(0)", "math.cosh(1000)", "math.sinh(-1000)", "math.atan2('a', 1)",
             "math.dist([1], [1, 2])", "math.dist(1, 2)"]:
    try:
        print(call, "->", eval(call))
    except (ValueError, TypeError, OverflowError) as e:
        print(call, "!!", type(e).__name__, e)
