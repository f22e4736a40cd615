# str(): of objects, of bytes with and without an encoding, keywords, and subclasses of str.
print(str(), str(42), str(-1.5), str(None), str([1, "a"]), str(b"hi"), str(bytearray(b"x")), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"a\xffb", "ascii", "replace"), str(object="kw"))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), type(n).__name__, type(n + "x").__name__, type(n[0]).__name__, type(str(n)).__name__, n == "bob")
class WithStr:
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "WithStr()"
print(str(WithStr()), repr(WithStr()), f"{WithStr()}", f"{WithStr()!r}", [WithStr()])
for c in ["str(1, 'utf-8')", "str('a', 'utf-8')", "str(b'a', 5)", "str(b'a', 'nope')", "str(1, 2, 3, 4)", "str(bad=1)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
