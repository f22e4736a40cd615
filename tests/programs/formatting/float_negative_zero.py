# Negative zero: its sign in each format, the 'z' option that drops it after rounding, and 'z' errors.
for spec in ["", "f", ".1f", "e", "g", "%", "z", "zf", "z.1f", "z.2e", "zg", "z%", "+z.1f", " z.0f", "z010.2f"]:
    print(repr(spec), repr(format(-0.0, spec)), repr(format(-0.0001, spec)), repr(format(-1.5, spec)))
for spec in ["zd", "zs"]:
    try:
        print(format(-0, spec) if spec == "zd" else format("x", spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
