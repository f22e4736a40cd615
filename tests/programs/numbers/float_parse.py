# float() of strings: signs, exponents, underscores, whitespace, inf and nan spellings, Unicode digits.
for text in ["1.5", "  -2.25\n", "+3", "1e10", "1E-3", ".5", "5.", "1_000.000_1", "1e1_0", "inf", "-Infinity",
             "nAn", "+inf", "0x10" if False else "10", "\u0661.\u0665", "00012.50", "1e400", "-1e400", "1e-400",
             "4.9e-324", "2.4703282292062328e-324", "0.1000000000000000055511151231257827"]:
    print(repr(text), float(text))
print(float(b"1.25"), float(bytearray(b" 2 ")), float(7), float(2 ** 60), float(True), float())
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
