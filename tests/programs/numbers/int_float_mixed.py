# Mixed int and float arithmetic: result types, promotion, and overflow converting big ints.
print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5, 10 / 4, 10 // 4.0, 10 % 4.0, -3 * 0.0)
print(type(1 + 1.0).__name__, type(True + 1.0).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)
print(2 ** 62 + 0.5, 2 ** 70 * 1.0, 1.0 * 10 ** 20, (10 ** 20) / 7.0, 3.0 // 2, -3.0 // 2)
for c in ["10 ** 400 + 1.0", "1.0 * 10 ** 400", "10 ** 400 / 2.0", "float(10 ** 309)", "10 ** 400 < 1.0"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
x = 5
x += 0.5
print(x, type(x).__name__)
x //= 2
print(x, type(x).__name__)
