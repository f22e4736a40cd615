# round(float, n): correctly rounded decimal results, ties to even only when exactly representable.
for x in [2.675, 2.665, 0.125, 0.375, 1.005, 1.115, 2.5, 3.5, -2.5, 0.5, 1.5, 12345.6789, -0.45, 1e-7]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, 3), round(x, -1))
print(round(1e300, -300), round(1.5e300, -300), round(123.456, -2), round(-123.456, -3), round(0.0, 2), round(-0.0, 1))
print(round(5e-324, 400), round(1.7976931348623157e308, -10), round(2.5, -1000), round(-2.5, -1000), round(1.23, 1000))
print(round(float("inf"), 2), round(float("nan"), 2), type(round(2.5)), type(round(2.5, 0)), round(2.5, None))
for c in ["round(float('inf'))", "round(float('nan'))", "round(1.7976931348623157e308, -308)", "round(1.5, 'x')", "round('x')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
