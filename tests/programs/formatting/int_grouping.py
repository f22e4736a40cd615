# Thousands separators for ints: ',' and '_' with decimal, '_' every four digits for b o x X, zero padding.
for n in [0, 999, 1000, 1234567, -1234567, 10 ** 20]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b"), format(n, "#_o"), format(n, "_X"))
for spec in ["08,", "09,", "010,", "011_", "+012,", "#012_x", "012_b", "=12,", "*>12,", "015,d"]:
    print(repr(spec), repr(format(1234, spec)), repr(format(-1234, spec)))
