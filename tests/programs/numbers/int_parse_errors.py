# int() errors: invalid literals, bad bases, wrong argument types, each with CPython's message.
calls = ["int('')", "int('12a')", "int('1__0')", "int('_1')", "int('1_')", "int('0x')", "int('08', 0)",
         "int('010', 0)", "int('2', 2)", "int('1.5')", "int('12', 1)", "int('12', 37)", "int('12', -1)",
         "int(1.5, 10)", "int(None)", "int([1])", "int('9' * 3, 8)", "int(b'x')", "int('0x1g', 16)",
         "int(float('inf'))", "int(float('nan'))", "int('  ')", "int('- 1')", "int('١x')", "int(base=10)",
         "int('1', 2, 3)"]
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
