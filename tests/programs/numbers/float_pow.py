# Float powers: C99 special cases for zeros, ones, infinities and NaN, and the ZeroDivisionError.
inf, nan = float("inf"), float("nan")
cases = [(2.0, 10), (2.0, -1), (4.0, 0.5), (-8.0, 3), (-8.0, 2.0), (0.0, 0), (0.0, 3), (-0.0, 3), (-0.0, 2),
         (1.0, inf), (1.0, nan), (-1.0, inf), (-1.0, -inf), (nan, 0), (nan, 1), (inf, 2), (inf, -2), (-inf, 3),
         (-inf, -3), (-inf, 2), (0.5, inf), (2.0, -inf), (0.5, -inf), (1e-300, 2), (10.0, -400), (2, 0.5), (-1.0, 1e300)]
for a, b in cases:
    print(a, b, a ** b, pow(a, b))
for c in ["0.0 ** -1", "0.0 ** -2.5", "(-0.0) ** -3", "pow(2.0, 3, 5)", "0 ** -1.0"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
