# \N{...} escapes in literals and in the unicode_escape codec, and the namereplace error handler.
print(ascii("\N{BULLET} \N{em dash} \N{LINE FEED}\N{NBSP}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{GARAY CAPITAL LETTER A}\N{GRINNING FACE}\N{latin small letter sharp s}"))
print(ascii(b"\\N{SNOWMAN}\\N{ZWJ}".decode("unicode_escape")))
print("\u2603\x07\U0001F600\uac01\ue000".encode("ascii", "namereplace"))
print("caf\xe9 \u4e00".encode("latin-1", "namereplace"))
for bad in (b"\\N{NOT A NAME}", b"\\N{}", b"\\N{BULLET"):
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
for src in ('"\\N{NOT A NAME}"', '"\\N{BULLET"', 'b"\\N{BULLET}"'):
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
