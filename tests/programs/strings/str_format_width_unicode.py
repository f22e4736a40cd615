# Widths count code points: padding and truncation of accented, combining, wide and astral characters.
for s in ["é", "e\u0301", "日本", "😀", "a😀b", "ß"]:
    print(ascii(s), len(s), "[" + s.center(6, ".") + "]", "[" + format(s, "^6") + "]", "[" + f"{s:.1}" + "]", "[" + "%-4s" % s + "]", "[" + s.rjust(4) + "]")
print("{:😀^7}".format("mid"), "{:_<5.2}".format("😀😀😀"), "%.2s|" % "😀a😀")
