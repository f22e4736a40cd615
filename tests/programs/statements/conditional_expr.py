# Truthiness of values, short-circuit and/or returning operands, conditional expressions.
values = [0, 1, "", "x", [], [0], {}, None, 0.0, -1, (), (None,)]
print([bool(v) for v in values])
print(0 or "default", "set" or "default", [] and "never", 3 and 4, None or 0 or "")
def side(tag, result):
    print("eval", tag)
    return result
print(side("a", False) and side("b", True))
print(side("c", True) or side("d", True))
print("yes" if values else "no", "neg" if -1 < 0 else "pos", not values, not not 5)
