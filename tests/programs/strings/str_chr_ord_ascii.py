# chr, ord and ascii: code point range, astral characters, bytes to ord, and their errors.
print(chr(65), chr(0x1F600), chr(0), repr(chr(0x7f)), chr(0x10FFFF) == "\U0010ffff", ord("A"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
print(ascii("abc"), ascii("é😀\n"), ascii(["é", b"\xe9"]), ascii(1.5), ascii({"ü": 1}))
for c in ["chr(-1)", "chr(0x110000)", "chr(1.5)", "chr('a')", "chr(2 ** 40)", "ord('ab')", "ord('')", "ord(1)", "ord(b'ab')", "chr()"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
