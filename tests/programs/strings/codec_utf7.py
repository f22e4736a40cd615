# utf-7: which characters are written directly, base64 runs, and what decoding rejects.
texts = ["Hi Mom -☺-!", "A≢Α.", "~\\", "+", "a+b", "😀", "日本語", "x-y", "é-", "é.", "\t\r\n !\"#$%&*;<=>@[]^_`{|}",
         "\ud800", "a\udc80b", ""]
for t in texts:
    b = t.encode("utf-7")
    print(ascii(t), b, ascii(b.decode("utf-7")))
good = [b"+AGEAYgBj-", b"+ZeVnLIqe-", b"a+-b", b"+AGE", b"+AGE.", b"+2D3eAA-", b"+2D3eAA", b"+2AA-", b"+2AAAQQ-",
        b"+3ABkAA-", b"~\\", b"+AG", b"+AGE-+AGI-", b"+/v8-", b"+"]
for data in good:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(data, err, ascii(data.decode("utf-7", err)))
        except UnicodeDecodeError as e:
            print(data, err, type(e).__name__, e, e.start, e.end, e.reason)
bad = [b"\xff", b"a\x80b", b"+AGF-", b"+AGEx-", b"+A-", b"+\xff", b"+AG\xe9", b"+2D3-", b"+2D0AQQ-"]
for data in bad:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(data, err, ascii(data.decode("utf-7", err)))
        except UnicodeDecodeError as e:
            print(data, err, type(e).__name__, e, e.start, e.end, e.reason)
