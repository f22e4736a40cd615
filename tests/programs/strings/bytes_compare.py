# Comparing and combining bytes: ordering, equality with bytearray, concatenation and repetition.
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"" < b"\x00", b"abc" == bytearray(b"abc"))
print(b"a" == "a", b"a" != "a", sorted([b"b", b"a", b"ab", b""]), max(b"xyz"), min([b"q", b"p"]))
print(b"ab" + b"cd", b"ab" + bytearray(b"!"), bytearray(b"x") + b"y", b"ab" * 3, 2 * b"-", b"z" * 0, bytearray(b"q") * 2)
for c in ["b'a' < 'b'", "b'a' + 'b'", "b'a' * 1.5", "b'a' < 1", "bytearray(b'a') + 'b'"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
