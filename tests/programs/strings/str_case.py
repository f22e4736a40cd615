# Case mapping: upper, lower, swapcase, title, capitalize and casefold with Unicode special cases.
for s in ["hello World", "ß straße", "ǆungla ǈ", "ﬁnance", "İstanbul", "ΣΑΣ ΟΔΟΣ", "they're bill's friends",
          "hello_world-foo bar2baz", "ÀÉÎõü", "ŉ", "123abc", "", "mIxEd CaSe"]:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(len("İ".lower()), "ß".upper(), "ß".casefold() == "ss", "ΣΑΣ".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower())
for c in ["'a'.upper(1)", "'a'.title(x=1)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
