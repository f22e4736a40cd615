# Unary operators and abs on ints, floats and bools, including big values and signed zero.
for v in [0, 5, -5, 2 ** 70, -(2 ** 70), True, False, 0.0, -0.0, 2.5, -2.5, float("inf")]:
    print(repr(v), -v, +v, abs(v), type(-v).__name__, type(+v).__name__)
print(~0, ~5, ~-5, ~(2 ** 70), ~int(True))
for c in ["~1.5", "-'a'", "+[]", "abs('x')", "~None"]:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "!!", e)
