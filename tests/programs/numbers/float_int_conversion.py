# int() of floats: truncation toward zero, exact values of huge floats, errors for inf and nan.
for x in [0.5, -0.5, 1.9999999999999998, 1e16, 1e17 + 1, 2.0 ** 63, -(2.0 ** 64), 1e100, 1.7976931348623157e308, 123456.789]:
    print(repr(x), int(x), x.__trunc__(), x.__floor__(), x.__ceil__(), round(x))
print(int(-1e-300), (-0.5).__ceil__(), (-0.5).__floor__(), (2.5).__round__(), (3.5).__round__(), (-2.5).__round__())
for c in ["int(float('inf'))", "int(float('-inf'))", "int(float('nan'))", "float('inf').__floor__()", "float('nan').__ceil__()"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
