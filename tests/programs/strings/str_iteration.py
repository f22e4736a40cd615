# Iterating over strings: iterator types, reversed, enumerate, zip, unpacking and sorted.
s = "héllo"
it = iter(s)
print(type(it).__name__, type(iter("abc")).__name__, next(it), next(it), list(it))
print(list(reversed(s)), list(enumerate("ab")), list(zip("abc", "12")), sorted("banana"), "".join(sorted("dcba")))
a, b, *rest = "xyzzy"
print(a, b, rest, [c.upper() for c in "ab😀"], {c: ord(c) for c in "ab"}, set("aa") == {"a"}, tuple("hi"))
print(len(list(iter("😀😀"))), max("abc"), "-".join(reversed("abc")), any(c.isdigit() for c in "ab1"))
