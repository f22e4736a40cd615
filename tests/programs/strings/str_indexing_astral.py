# Indexing, slicing, len and iteration count code points, also for characters beyond the BMP.
s = "a😀b🎉c𝔘"
print(len(s), s[1], s[-1], s[1:3], s[::2], s[::-1], s[-3:], s[10:], list(s), [ord(c) for c in s])
print(s.find("b"), s.index("🎉"), s.count("😀"), "😀" in s, s.upper(), s.split("b"), s[1:-1].center(8, "."))
t = "plain ascii text"
print(t[0], t[-1], t[2:9], t[::3], t[9:2:-2], t[-100:100], t[5:5] == "", len(t))
for c in ["s[6]", "s[-7]", "s['a']", "s[1.5]", "s[::0]", "s[2 ** 100]"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
