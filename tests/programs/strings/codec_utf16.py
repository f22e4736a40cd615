# utf-16, utf-16-le and utf-16-be: byte order marks, surrogate pairs and what decoding reports.
s = "aé€😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print("".encode("utf-16"), repr(b"".decode("utf-16")))
print(b"\xfe\xff\x00a\x00b".decode("utf-16"), b"\xff\xfea\x00b\x00".decode("utf-16"), b"a\x00b\x00".decode("utf-16"))
print(ascii(b"\xff\xfea\x00".decode("utf-16-le")), ascii(b"\xfe\xff\x00a".decode("utf-16-be")))
print(ascii(b"\xff\xfe\xff\xfea\x00".decode("utf-16")))
print(bytearray(b"h\x00i\x00").decode("utf_16_le"), str(b"\x00o\x00k", "utf-16-be"))
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
cases = [
    ("utf-16-le", b"a\x00b"),
    ("utf-16-le", b"\x00\xd8a\x00"),
    ("utf-16-le", b"\x00\xdcb\x00"),
    ("utf-16-le", b"a\x00\x00\xd8"),
    ("utf-16-le", b"\x00\xd8"),
    ("utf-16-le", b"\x00\xd8a"),
    ("utf-16-le", b"\x3d\xd8\x00\xde"),
    ("utf-16-le", b"\x00\xd8\x00\xd8\x00\xdc"),
    ("utf-16-be", b"\xd8\x00\x00a\x00"),
    ("utf-16-be", b"\xdc\x00"),
    ("utf-16", b"\xfe\xff\xd8\x00"),
    ("utf-16", b"\xff\xfe\x00\xdc"),
    ("utf-16", b"\xff"),
]
for enc, data in cases:
    for err in handlers:
        try:
            print(enc, data, err, ascii(data.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, data, err, type(e).__name__, e, e.start, e.end, e.reason)
for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
    for text in ["a\ud800b", "\udc80\udcff", "x\udfff"]:
        for err in handlers + ["xmlcharrefreplace"]:
            try:
                print(enc, ascii(text), err, text.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, ascii(text), err, type(e).__name__, e, e.start, e.end, e.reason)
