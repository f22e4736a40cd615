# f-strings with conversions, format specs, nested expressions in specs, and the = debugging form.
x, name, pi = 42, "Ann", 3.14159
print(f"{x}", f"{x!r}", f"{name!r:>8}", f"{pi:.2f}", f"{x:#06x}", f"{x:,}", f"{name:^9}", f"{pi:{5}.{2}}", f"{x=}", f"{pi = :.1f}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:*<{width}}]", f"{x / 7:.{prec}e}", f"{'nested ' + name!s:>{width + 5}}", f"{[1, 2]!a}")
print(f"{'é'!a}", f"{x:b}", f"{-x:+}", f"{1e21:g}", f"{0.000012:.1%}", f"{2 ** 100:_}", f"{True!s:>6}", f"{None}")
try:
    print(f"{x:q}")
except ValueError as e:
    print("ValueError:", e)
