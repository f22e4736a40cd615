# Common bytes methods: split, strip, find, count, replace, startswith, case, join, partition, padding.
b = b"  Hello, World! hello  "
print(b.split(), b.split(b","), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip(b" o"), b.strip(b" Hdl"))
print(b.find(b"lo"), b.rfind(b"l"), b.find(108), b.index(b"W"), b.count(b"l"), b.count(b"l", 5, 10), b.find(b"zz"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.upper(), b.lower(), b.swapcase(), b.title(), b"hELLO".capitalize())
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"-".join([b"a", bytearray(b"b"), b"c"]), b"a=b".partition(b"="))
print(b"x".center(5, b"*"), b"x".ljust(3), b"7".zfill(3), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace())
print(b"Ab".isupper(), b"ab".islower(), b"\x80".isascii(), b"a\nb\r\nc".splitlines(), b"a\tb".expandtabs(4) if hasattr(b, "expandtabs") else b"a   b")
for c in ["b.index(b'zz')", "b.find('a')", "b.split('x')", "b'-'.join(['a'])", "b.count(300)", "b.strip('a')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
