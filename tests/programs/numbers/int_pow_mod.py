# pow() with a modulus, negative exponents (modular inverse), and ** with negative exponents.
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0, 5), pow(5, 0, 1))
print(pow(2, -1, 5), pow(3, -2, 11), pow(-2, -1, 7), pow(7, -1, -10), pow(38, -1, 97))
ten = 10
print(2 ** -1, 2 ** -3, (-2) ** -2, ten ** -5, type(4 ** -1), 0 ** 0, (-1) ** 101, 3 ** 40)
print(pow(2, 10), pow(base=2, exp=5), pow(2, 3, mod=3), pow(True, 5, 3))
for c in ["pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(2, 3.0, 5)", "0 ** -1", "pow('a', 2)",
          "pow(2, 'a', 3)", "pow(0, -2, 7)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
