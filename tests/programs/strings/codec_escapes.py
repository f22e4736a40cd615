# unicode_escape and raw_unicode_escape: encoding to escapes, decoding them, and the errors decoding reports.
text = "a\tb\n\r\\'\"é\x7f\x00\x1fÿ€😀\ud800"
print(text.encode("unicode_escape"))
print(text.encode("raw_unicode_escape"))
print(ascii(text.encode("unicode_escape").decode("unicode_escape")))
print(ascii(text.encode("raw_unicode_escape").decode("raw_unicode_escape")))
print(ascii(b"\\n\\t\\r\\a\\b\\f\\v\\0\\101\\7\\18\\x41\\xe9\\u20ac\\U0001F600\\\\\\'\\\"".decode("unicode_escape")))
print(ascii(b"line\\\ncontinued \xe9\xff".decode("unicode_escape")))
print(ascii(b"\\x41\\u20ac\\U0001f600\\\\u20ac\\n\xe9".decode("raw_unicode_escape")))
print(ascii(b"\\\\\\u20ac \\\\\\\\u0041 \\u12".decode("raw_unicode_escape", "replace")))
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]
cases = [
    ("unicode_escape", b"\\x4"),
    ("unicode_escape", b"\\x4g!"),
    ("unicode_escape", b"a\\u12"),
    ("unicode_escape", b"\\u12x4"),
    ("unicode_escape", b"\\U0001f6"),
    ("unicode_escape", b"\\U00110000z"),
    ("unicode_escape", b"\\"),
    ("unicode_escape", b"ab\\"),
    ("unicode_escape", b"\\xzz\\u"),
    ("raw_unicode_escape", b"\\u12"),
    ("raw_unicode_escape", b"x\\U0011ffff"),
    ("raw_unicode_escape", b"\\U0001f6"),
    ("raw_unicode_escape", b"\\"),
]
for enc, data in cases:
    for err in handlers:
        try:
            print(enc, data, err, ascii(data.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, data, err, type(e).__name__, e, e.start, e.end, e.reason)
