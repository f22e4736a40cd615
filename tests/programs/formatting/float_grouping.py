# Thousands separators on floats, zero padding with separators, and 3.14's grouping of the fraction digits.
for x in [0.0, 1234.5, 1234567.891, -9876543.21, 1e20, 0.000123]:
    print(format(x, ","), format(x, "_"), format(x, ",.2f"), format(x, "_.3e"), format(x, ",g"), format(x, "015,.2f"), format(x, ",%"))
for spec in [".6,f", ".6_f", ",.6_f", "_.4,f", ".9_e", ".5_", ".3_%"]:
    print(repr(spec), format(1234.56789123, spec))
for spec in [",_f", "_,f", ".,f" if False else ".2,_f", ",n", ",s"]:
    try:
        print(format(1234.5, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
