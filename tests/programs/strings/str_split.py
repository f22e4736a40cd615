# str.split and str.rsplit: whitespace runs, explicit separators, maxsplit from both ends, keywords.
s = "  alpha  beta\tgamma\n delta  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "a--b--c".split("--"))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"), "x".split("x", 0))
print("1 2 3".split(" ", -1), "a b c".rsplit(" ", 0), "one\u2003two\x1cthree\x85four".split())
print("a\u00a0b".split(), "mississippi".split("ss"), "mississippi".rsplit("ss", 1), "ab".split(sep="b"))
for c in ["'a'.split('')", "'a'.split(1)", "'a'.rsplit('', 1)", "'a'.split(',', 'x')", "'a'.split(x=1)", "'a'.split(',', 1, 2)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
