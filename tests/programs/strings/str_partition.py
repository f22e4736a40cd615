# str.partition and rpartition: first and last separator, missing separator, errors.
for s in ["key=value=more", "novalue", "=lead", "trail=", "==", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "héllo wörld".partition("ö"))
for c in ["'a'.partition('')", "'a'.rpartition(1)", "'a'.partition()", "'a'.partition('a', 'b')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
