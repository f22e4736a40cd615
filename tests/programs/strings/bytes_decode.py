# bytes.decode: utf-8, ascii and latin-1, invalid sequences and the error handlers.
data = "héllo €😀".encode()
print(data.decode(), data.decode("utf-8"), data.decode("latin-1"), bytearray(data).decode())
bad = b"ok\xff\xfe then \xe2\x82 end \xc3"
for err in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(err, ascii(bad.decode("utf-8", err)), ascii(bad.decode("ascii", err)))
for c in ["bad.decode()", "bad.decode('ascii')", "b'\\xe2\\x82'.decode()", "b'\\xe2\\x28\\xa1'.decode()",
          "b'\\xed\\xa0\\x80'.decode()", "b'\\xf0\\x9f\\x98'.decode()", "b'\\xc0\\xaf'.decode()", "b'a'.decode('nope')",
          "str(b'\\xff', 'utf-8')", "str(b'abc', 'ascii')", "str(b'x', encoding='latin-1')", "b'\\xf5'.decode()"]:
    try:
        print(c, "->", ascii(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
