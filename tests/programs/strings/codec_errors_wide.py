# Error handlers across the wide codecs: attributes of the errors, handlers that do not apply, unknown handlers.
for enc in ["utf-16-le", "utf-32-be", "utf-16", "utf-32", "utf-8"]:
    try:
        "ab\udc80\udc81c".encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, ascii(e.object), e.start, e.end, e.reason)
    try:
        ("ab".encode(enc) + b"\x00").decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
for enc in ["utf-16-le", "utf-32-le", "unicode_escape", "raw_unicode_escape", "utf-7", "utf-8-sig"]:
    for err in ["bogus", "xmlcharrefreplace", "namereplace", "surrogatepass"]:
        try:
            print(enc, err, ascii(b"\xff".decode(enc, err)))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
for enc in ["utf-16-be", "utf-32-le", "unicode_escape", "raw_unicode_escape", "utf-7", "utf-8-sig"]:
    for err in ["bogus", "strict", "xmlcharrefreplace", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, err, "a\udcffb".encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
print("fine".encode("utf-16-le", "bogus"), b"f\x00".decode("utf-16-le", "bogus"))
e = UnicodeDecodeError("utf-16-le", b"ab\xd8", 2, 3, "truncated data")
print(e, e.args, e.start, e.end, e.reason, e.encoding, e.object)
e = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "ordinal not in range(128)")
print(e, e.start, e.end, e.reason, e.encoding, e.object)
e = UnicodeEncodeError("ascii", "xyz", 0, 3, "nope")
print(e)
for c in ["'a\\udc80\\udcff\\ud800b'.encode('ascii', 'surrogateescape')", "'a\\udc80\\ud800b'.encode('utf-8', 'surrogateescape')",
          "'a\\udc80\\udcffb'.encode('latin-1', 'surrogateescape')", "'x\\x85\\ue000'.encode('ascii', 'namereplace')",
          "'x\\udc80'.encode('utf-8', 'namereplace')", "b'\\xed\\xa0\\x80x'.decode('utf-8', 'surrogatepass')",
          "b'\\xed\\xa0'.decode('utf-8', 'surrogatepass')", "UnicodeDecodeError('utf-8')", "UnicodeEncodeError(1, 'a', 0, 1, 'r')",
          "str(UnicodeEncodeError('ascii', 'abc', 5, 9, 'r'))", "UnicodeDecodeError('ascii', bytearray(b'abc'), 1, 2, 'r').object",
          "repr(UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'))", "open('x.bin', 'wb', errors='replace')"]:
    try:
        print(c, "->", ascii(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
