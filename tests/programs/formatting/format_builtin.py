# The format() builtin and __format__: defaults, custom classes, object.__format__ rules, errors.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t), format(t, ".0f"), f"{t:.1F}", "{:>8.2}".format(t), format(3), format("s"), format(None), format([1]))
class Plain:
    pass
print(format(Plain(), "")[:7], format(1.5, ""), format(True), format(b"x"))
for c in ["format(Plain(), 'x')", "format(5, 6)", "format(1, 'd', 2)", "format()", "format(None, 's')"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
