# Common str operations: indexing, slicing, methods, joins and repr.
s = "Hello, World"
print(s[0], s[-1], s[1:5], s[::-1], s[::2], len(s))
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.find("World"), s.count("l"))
print(s.startswith("Hell"), s.endswith("x"), "  pad  ".strip() + "|", "xxhixx".strip("x"))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("new\nline"), repr("\x00\x7f"))
print("a b  c".split(), "a,b,,c".split(","), "one two three".split(None, 1))
print("abc" * 3, 2 * "xy", "ab" + "cd", "title case words".title(), "hello".capitalize())
print("42".zfill(5), "-42".zfill(5), "x".center(5, "*"), "x".ljust(3) + "|", "x".rjust(3))
