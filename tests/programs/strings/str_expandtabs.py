# str.expandtabs: default and custom tab sizes, columns reset by newlines and carriage returns.
s = "a\tbc\tdef\tghij\t|"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("x\ty\nab\tc\rq\tz".expandtabs(3)), repr("\t\t".expandtabs(tabsize=2)), repr("no tabs".expandtabs()))
print(repr("😀\tx".expandtabs(4)), repr("1234567\t8".expandtabs()))
for c in ["'a'.expandtabs('4')", "'a'.expandtabs(4, 5)", "'a'.expandtabs(size=4)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
