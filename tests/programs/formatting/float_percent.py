# The '%' presentation type: multiply by 100, fixed notation and a percent sign.
for x in [0.0, 0.5, 1.0, 0.12345, -0.25, 1.5, 1e-5, 123.0, float("inf"), float("nan")]:
    print(repr(x), format(x, "%"), format(x, ".0%"), format(x, ".2%"), format(x, "+.1%"), format(x, "10.1%") + "|", format(x, ",.0%"))
print(f"{0.256:.1%}", f"{2:%}", f"{True:.0%}", f"{-0.0:%}", f"{-0.0:z.0%}")
