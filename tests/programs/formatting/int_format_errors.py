# Errors from int format specs: precision, z, unknown types, c with sign or '#', bad grouping.
for spec in [".2", ".2d", "z", "zd", "s", "q", "+c", "#c", ",c", ",x", ",b", "_s", ",_", "_,", "d,", "1.", "=c" if False else ",n",
             "._d", "10.2x", ",o"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for c in ["format(-1, 'c')", "format(0x110000, 'c')", "format(2 ** 100, 'c')", "format(True, 's')", "format(5, 5)"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
