# int / int gives the correctly rounded float, even for very large operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / 5, -0 / 5, 7 / -1)
print(10 ** 30 / 10 ** 10, (2 ** 80 + 1) / 2 ** 30, 10 ** 400 / 10 ** 399, 1 / 10 ** 300)
print((2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2, 123456789 ** 5 / 987654321 ** 3)
print(-(10 ** 50) / 3, 3 / -(10 ** 50), 10 ** 308 / 0.5 if False else 10 ** 308 / 10 ** 0)
for c in ["1 / 0", "10 ** 400 / 1", "10 ** 400 / 3", "1 / 10 ** 400", "(10 ** 400) / (10 ** 390)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
