# bytes literals and their repr, indexing to ints, slicing, iteration, len and membership.
b = b"hello \x00\xff\t\n\r\\ 'q' \"dq\""
print(b, len(b), b[0], b[-1], b[1:4], b[::-3], list(b[:5]), b[100:])
print(b"", b"'", b'"', b"'\"", bytes(3), b"\x7f\x80", rb"\n", b"abc"[1], type(b"abc"[1]).__name__)
print(104 in b"hi", b"h" in b"hi", b"ih" in b"hi", b"" in b"", [x for x in b"AZ"], bytes(reversed(b"abc")))
for c in ["b[100]", "b['a']", "256 in b", "'h' in b", "b'a' + 'b'"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
