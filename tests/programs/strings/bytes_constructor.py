# bytes(): from a count, an iterable of ints, a str with an encoding, bytes-like objects and __bytes__.
print(bytes(), bytes(0), bytes(4), bytes([65, 66, 67]), bytes(range(3)), bytes((x * 2 for x in range(4))), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes("é€", "ascii", "replace"), bytes(bytearray(b"ba")))
class B:
    def __bytes__(self):
        return b"from dunder"
print(bytes(B()), bytearray(3), bytearray([1, 2]), bytearray("xy", "ascii"), bytearray(b"ab"))
for c in ["bytes(-1)", "bytes([256])", "bytes([-1])", "bytes(['a'])", "bytes('abc')", "bytes(1.5)", "bytes(5, 'utf-8')",
          "bytes('a', 'nope')", "bytearray('x')", "bytes(None)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
