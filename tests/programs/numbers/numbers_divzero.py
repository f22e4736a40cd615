# Division by zero across int, float and bool: every operator and builtin with its message.
for c in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0.0)",
          "1 / 0.0", "True / False", "10 ** 100 // 0", "10 ** 100 % 0", "0 ** -1", "0.0 ** -1", "pow(0, -1)",
          "5 / -0.0", "(-5) % 0.0"]:
    try:
        print(c, "->", eval(c))
    except ZeroDivisionError as e:
        print(c, "!!", type(e).__name__, e)
try:
    x = 1
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, e.args)
