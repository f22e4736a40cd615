values = ["0x10", "1_000", "'a' 'b'", "(1, 2)", "{1: 2}", "not True", "1 if 0 else 2", "lambda: 3", "...", "-5 // 2"]
for v in values:
    r = eval(v)
    print(v, "=>", r if type(r).__name__ != "function" else r())
