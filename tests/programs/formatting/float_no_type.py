# Floats formatted with no presentation type: like repr, or like 'g' keeping a decimal point when given a precision.
for x in [0.0, 1.0, 1.5, 100.0, 1e16, 1e15, 1e-5, 0.0001, 123456.789, 1 / 3, 1e22, 2.5, -0.0]:
    print(repr(x), format(x, ""), format(x, ".1"), format(x, ".3"), format(x, ".12"), format(x, "10") + "|", format(x, "<12.4") + "|", format(x, "+"))
print(f"{1.0:.0}", f"{10.0:.1}", f"{123.0:.2}", f"{0.5:#.1}", f"{1e20:.3}")
