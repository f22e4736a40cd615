# strip, lstrip and rstrip: Unicode whitespace by default, or any characters of an argument.
s = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u3000 text \u2009\u200a "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print(repr("\u200b zero width \u200b".strip()), "  ".strip() == "", "😀hi😀".strip("😀"), "aaa".strip("a") == "")
print("hello".strip(None), "hello".lstrip(""), "12abc21".strip("12"))
for c in ["'a'.strip(1)", "'a'.lstrip(['a'])", "'a'.rstrip('a', 'b')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
