# int(text, base): prefixes, underscores, whitespace, signs, bytes and base 0.
cases = [("42", 10), (" -42\n", 10), ("+7", 10), ("1_000_000", 10), ("ff", 16), ("0xff", 16), ("0XfF", 0),
         ("0o17", 0), ("0b1010", 0), ("0b_1010", 0), ("0x_dead_beef", 0), ("z", 36), ("Zz", 36), ("777", 8),
         ("0", 0), ("00", 0), ("0_0", 0), ("101", 2), ("0b101", 2), ("0b1", 16), ("12", 3), ("\u0661\u0662", 10),
         ("\uff11\uff12", 10), ("  \t 99  ", 0)]
for text, base in cases:
    print(repr(text), base, int(text, base))
print(int(b"123"), int(b"ff", 16), int(bytearray(b" 10 ")), int("10", base=2), int(x="7"))
print(int(), int(0.0), int(-0.9), int(True), int(12.99), int(-1e20))
