import math
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(2.5, -1), math.fabs(-4), math.fabs(3))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, 2), math.fmod(1, math.inf), math.fmod(-0.0, 1))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf), math.modf(0.0))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3), math.frexp(math.inf), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, 1023), math.ldexp(-3, 2))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(1, 1), math.nextafter(1, 2, steps=3))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(-2.0))
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(1e308, 10, -math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
for call in ["math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.ldexp(1.0, 5000)",
             "math.ldexp(1, 1.5)", "math.isclose(1, 1, rel_tol=-1)", "math.nextafter(1, 2, steps=-1)",
             "math.fma(math.inf, 0, 1)", "math.fma(1e308, 10, 0)", "math.copysign(1)"]:
    try:
        print(call, "->", eval(call))
    except (ValueError, TypeError, OverflowError) as e:
        print(call, "!!", type(e).__name__, e)
