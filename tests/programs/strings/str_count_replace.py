# str.count and str.replace: non-overlapping matches, ranges, empty patterns and counts.
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("a", 3), s.count("a", 3, 8), s.count(""), s.count("", 20))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1, 2), "😀😀x".count("😀"), s.count("z"))
print(s.replace("an", "AN"), s.replace("an", "AN", 2), s.replace("a", ""), s.replace("", "-"), "abc".replace("", "-", 2))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "xyz".replace("q", "r"), "ab".replace("ab", "ab" * 2))
print("a.b.c".replace(".", "", 1), "text".replace("t", "T", count=1))
for c in ["s.replace('a')", "s.replace(1, 'b')", "s.replace('a', 2)", "s.count()", "s.count(1)", "s.replace('a', 'b', 'c')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
