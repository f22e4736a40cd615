# str.translate and str.maketrans: dict tables, two and three string forms, deletion and errors.
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
t2 = str.maketrans({"a": "AA", "b": None, ord("c"): 67, "😀": "!"})
print(sorted(t2.items()), "abc😀".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate([]), "hi".translate({}), "abc".translate(["0", "1"] * 60))
class Lookup:
    def __getitem__(self, key):
        if key == ord("a"):
            return "4"
        raise LookupError(key)
print("banana".translate(Lookup()))
for c in ["str.maketrans('ab', 'c')", "str.maketrans(1)", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})",
          "'a'.translate({97: 1.5})", "'a'.translate({97: 0x110000})", "'a'.translate(5)", "str.maketrans('a', 1)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
