# removeprefix and removesuffix: present, absent, empty and whole-string affixes, errors.
for s in ["TestCase", "Test", "CaseTest", "", "TestTest"]:
    print(repr(s), repr(s.removeprefix("Test")), repr(s.removesuffix("Test")), repr(s.removeprefix("")), repr(s.removesuffix(s)))
print(b"prefix-data".removeprefix(b"prefix-"), b"data.txt".removesuffix(b".txt"), bytearray(b"abc").removeprefix(b"a"))
for c in ["'a'.removeprefix(1)", "'a'.removesuffix()", "'a'.removeprefix('a', 'b')", "b'a'.removeprefix('a')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
