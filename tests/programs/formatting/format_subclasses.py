# Formatting subclasses of int, float and str: an empty spec uses their __str__, other specs the base value.
class F(float):
    def __str__(self):
        return "F!"
class S(str):
    def __str__(self):
        return "S!"
class I(int):
    def __str__(self):
        return "I!"
    def __repr__(self):
        return "I(...)"
print(format(F(1.5)), f"{F(2)}", format(F(1.5), ".2f"), format(F(-0.5), "+"), f"{F(3):g}")
print(format(S("x")), f"{S('y')}", f"{S('y'):>3}", "{}".format(S("z")), "%s" % S("w"), f"{S('v')!r}")
print(f"{I(3)}", format(I(3), "d"), f"{I(255):#x}", "{0} {0!r}".format(I(4)), "%d %s %r" % (I(5), I(5), I(5)))
