import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.cbrt(27), math.cbrt(-8))
print(math.exp(0), math.exp(1), math.exp2(10), math.expm1(1e-10), math.exp(-1000))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(2**1000, 2))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
print(math.pow(4, 0.5), math.pow(-8, 3), math.pow(0.0, 0))
for call in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(-2.5)", "math.log(1, 1)",
             "math.log10(0)", "math.log2(-2)", "math.log1p(-1)", "math.exp(1000)", "math.exp2(2000)",
             "math.expm1(1000)", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 1000)",
             "math.sqrt(10**400)", "math.sqrt('a')", "math.sqrt()", "math.pow(1, 2, 3)", "math.log(2, 0)"]:
    try:
        print(call, "->", eval(call))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(call, "!!", type(e).__name__, e)
