# find, rfind, index and rindex with start and end arguments, negative indexes and empty substrings.
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("hello", 1), s.find("hello", 1, 17), s.rfind("o", 0, 10))
print(s.find("xyz"), s.find(""), s.rfind(""), s.find("", 100), s.find("", 25), s.rfind("", 5, 3), s.find("o", -5))
print(s.index("world"), s.rindex("o"), s.find("o", None, None), s.find("l", -100, -20), s.rfind("l", 2, -2))
print("😀a😀b".find("b"), "😀a😀b".rfind("😀"), "😀a😀b".index("a", 1), "ab😀".find("😀", 2, 3))
for c in ["s.index('xyz')", "s.rindex('z')", "s.find(1)", "s.find('a', 'b')", "s.find()", "s.index('h', 1, 2)",
          "s.find('a', 1, 2, 3)", "s.find('o', 2 ** 100)", "s.find('o', -2 ** 100)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
