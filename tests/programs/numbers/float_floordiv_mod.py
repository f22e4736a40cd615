# Float floor division, modulo and divmod: signs of results, zeros, infinities and NaN.
for a in [7.5, -7.5, 0.0, -0.0, 1.0]:
    for b in [2.0, -2.0, 0.3, float("inf"), float("-inf")]:
        print(a, b, a // b, a % b, divmod(a, b))
print(1e308 // 1e-308 if False else 5.0 % 3, -5.0 % 3, 5 % -3.0, 0.1 % 0.01, 1 // 0.1, 1 % 0.1)
print(float("inf") // 2.0, float("inf") % 2.0, float("nan") // 1.0, divmod(float("nan"), 2.0))
print(divmod(7, 2.0), divmod(-7, 2.5), divmod(2 ** 60, 3.0), type(divmod(7, 2.0)[0]))
for c in ["1.0 // 0", "1.0 % 0.0", "divmod(1.0, 0)", "1.0 / 0", "0.0 / 0.0", "1 / 0.0"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
