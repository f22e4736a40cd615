# Floor division, modulo and divmod of ints with every sign combination and big values.
for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
print(big // 3, big % 3, divmod(-big, 7), divmod(big, -10 ** 15), (-big) // (10 ** 29))
print(9007199254740993 // 3, 9007199254740993 % 10, -9007199254740993 // 2)
print(divmod(True, 2), 17 // True, 5 % -3, -5 % 3)
for c in ["1 // 0", "1 % 0", "divmod(1, 0)", "divmod(2 ** 100, 0)", "divmod(1, 'a')", "divmod(1)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
