# Sign options for ints: '+', '-', ' ' with widths, alignment and prefixes.
for n in [0, 7, -7]:
    print(repr(format(n, "+")), repr(format(n, "-")), repr(format(n, " ")), repr(format(n, "+5")), repr(format(n, " 05")),
          repr(format(n, "+#x")), repr(format(n, " #b")), repr(format(n, "<+5")), repr(format(n, "^+6")))
