# center, ljust, rjust and zfill: widths, fill characters, odd padding and signs.
for w in [0, 3, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(3))
print("😀".center(5, "~"), "é".rjust(3, "é"), "x".ljust(4, "😀"))
for c in ["'a'.center()", "'a'.center('5')", "'a'.center(5, 'ab')", "'a'.ljust(5, 7)", "'a'.rjust(5, '')", "'a'.zfill()"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
