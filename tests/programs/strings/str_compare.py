# String comparison is by code point: case, accents, astral characters, prefixes and 'in'.
pairs = [("a", "b"), ("B", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("é", "z"), ("\uffff", "😀"),
         ("😀", "\uffff"), ("Z", "a"), ("10", "9"), ("a😀", "a\uffff")]
for x, y in pairs:
    print(ascii(x), ascii(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted(["banana", "Apple", "cherry", "apple", "😀", "\uffff", "éclair"]), max("hello"), min("hello"))
print("ell" in "hello", "" in "abc", "xyz" in "abc", "😀" in "a😀", "abc" not in "ab")
for c in ["1 in 'abc'", "'a' < 1", "'a' >= None", "None in 'a'"]:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "!!", e)
