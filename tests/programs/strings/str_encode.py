# str.encode: utf-8, ascii and latin-1 with strict, ignore, replace, backslashreplace and xmlcharrefreplace.
s = "héllo wörld €😀"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), len(s.encode("utf_8")))
for enc in ["ascii", "latin-1"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, err, s.encode(enc, err), s.encode(encoding=enc, errors=err) == s.encode(enc, err))
print("abc".encode("ascii"), "ÿ".encode("latin1"), "ÿ".encode("iso-8859-1"), "".encode())
for c in ["s.encode('ascii')", "'aé€'.encode('latin-1')", "'ab€€c'.encode('ascii')", "s.encode('no-such-codec')",
          "s.encode('ascii', 'bogus')", "'\\ud800'.encode()", "s.encode(5)", "s.encode(errors=5)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
