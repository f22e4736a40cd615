# utf-8-sig and the names the codec registry accepts for the wide codecs; text files in these codecs.
print("hé".encode("utf-8-sig"), "".encode("utf-8-sig"))
print(ascii(b"\xef\xbb\xbfh\xc3\xa9".decode("utf-8-sig")), ascii(b"h\xc3\xa9".decode("utf_8_sig")))
print(ascii(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig")), ascii(b"\xef\xbb".decode("utf-8-sig", "replace")))
try:
    b"\xef\xbb\xbfa\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
names = ["UTF16", "utf_16_le", "U16", "utf-16le", "UTF-16BE", "utf_16be", "UnicodeLittleUnmarked", "unicodebigunmarked",
         "UTF32", "u32", "utf_32le", "UTF-32-BE", "utf7", "U7", "unicode-1-1-utf-7", "UTF-7", "unicode escape",
         "Unicode_Escape", "raw-unicode-escape", "RAW_UNICODE_ESCAPE", "utf-8-sig", "UTF_8_SIG", "utf8 sig", "utf--16",
         " utf-16 ", "utf.16", "Latin-1", "iso-8859-1", "US-ASCII", "utf8_ucs2", "u-16", "utf-17", "utf_16_sig", "utf16le!"]
for n in names:
    try:
        print(repr(n), "é😀".encode(n))
    except (LookupError, UnicodeError) as e:
        print(repr(n), type(e).__name__, e)
for enc in ["utf-16", "utf-16-be", "utf-32-le", "utf-8-sig", "utf-7", "unicode_escape", "UTF16"]:
    with open("codec_file.txt", "w", encoding=enc) as f:
        f.write("line é\n")
        f.write("two 😀\n")
        print(f.encoding)
    with open("codec_file.txt", "rb") as f:
        print(enc, f.read())
    with open("codec_file.txt", encoding=enc) as f:
        print(enc, ascii(f.read()))
with open("codec_file.txt", "wb") as f:
    f.write(b"\xff\xfeo\x00k\x00\r\x00\n\x00\x00\xd8")
try:
    with open("codec_file.txt", encoding="utf-16") as f:
        print(ascii(f.read()))
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open("codec_file.txt", encoding="utf-16", errors="replace") as f:
    print(ascii(f.read()))
