# startswith and endswith: tuples of prefixes, start and end ranges, empty strings, errors.
s = "filename.tar.gz"
print(s.startswith("file"), s.endswith(".gz"), s.endswith((".zip", ".gz")), s.startswith(("x", "y")), s.startswith(()))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.endswith("tar", 0, 12), s.endswith("gz", -2), s.startswith("", 15))
print(s.startswith("", 16), "".startswith(""), "".endswith("", 0, 0), s.endswith("", -100), "abc".startswith("abcd"))
print("😀abc".startswith("a", 1), "😀abc".endswith("😀", 0, 1), s.startswith(("", "zzz")))
for c in ["s.startswith(1)", "s.endswith(('a', 1))", "s.startswith()", "s.startswith('a', 'b')", "s.endswith(['gz'])"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
