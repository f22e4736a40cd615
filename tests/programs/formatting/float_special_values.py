# Formatting inf and nan: every presentation type, case of letters, signs, widths and zero padding.
inf, nan = float("inf"), float("nan")
for spec in ["", "f", "F", "e", "E", "g", "G", "%", "+", " ", "010", "+010", "<8", "^9", "=+9", ",", ".2f", "#g", "z"]:
    print(repr(spec), repr(format(inf, spec)), repr(format(-inf, spec)), repr(format(nan, spec)))
print(str(inf), repr(-inf), f"{nan!r}", "%f %F %e %G" % (inf, -inf, nan, inf))
