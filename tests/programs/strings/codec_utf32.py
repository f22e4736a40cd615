# utf-32, utf-32-le and utf-32-be: byte order marks, range and surrogate checks, truncated input.
s = "aé€😀"
for enc in ["utf-32", "utf-32-le", "utf-32-be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print("".encode("utf-32"), repr(b"".decode("utf-32")))
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
print(b"b\x00\x00\x00".decode("utf-32"), ascii(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32-le")))
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
cases = [
    ("utf-32-le", b"a\x00\x00"),
    ("utf-32-le", b"a\x00\x00\x00b"),
    ("utf-32-le", b"\x00\x00\x11\x00a\x00\x00\x00"),
    ("utf-32-le", b"\xff\xff\xff\xff"),
    ("utf-32-le", b"\x00\xd8\x00\x00"),
    ("utf-32-le", b"\x00\xdc\x00\x00z\x00\x00\x00"),
    ("utf-32-be", b"\x00\x00\xd8\x00"),
    ("utf-32-be", b"\x00\x11\x00\x00"),
    ("utf-32", b"\x00\x00\xfe\xff\x00\x00\xdf\xff"),
    ("utf-32", b"\xff\xfe\x00"),
    ("utf-32", b"\xff\xfe\x00\x00\x00\x00\x00\x01"),
]
for enc, data in cases:
    for err in handlers:
        try:
            print(enc, data, err, ascii(data.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, data, err, type(e).__name__, e, e.start, e.end, e.reason)
for enc in ["utf-32", "utf-32-le", "utf-32-be"]:
    for text in ["a\ud800b", "\udc80\udcff"]:
        for err in handlers + ["xmlcharrefreplace"]:
            try:
                print(enc, ascii(text), err, text.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, ascii(text), err, type(e).__name__, e, e.start, e.end, e.reason)
