# Correctly rounded float formatting at many precisions (as C's dtoa): halfway cases and long expansions.
vals = [0.1, 0.5, 1.25, 1.35, 2.675, 1e-10, 123456789.987654321, 1 / 7, 5e-324, 2 ** 0.5, 1e23, 9.995, 0.045]
for x in vals:
    print(repr(x), f"{x:.0f}", f"{x:.1f}", f"{x:.5f}", f"{x:.17f}", f"{x:.3e}", f"{x:.17g}", f"{x:.25g}")
print(f"{0.1:.55f}", f"{1e23:.0f}", f"{2 ** 60 + 0.0:.0f}", f"{1 / 3:.100f}")
