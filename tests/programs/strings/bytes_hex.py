# bytes.hex with separators and group sizes, and bytes.fromhex / bytearray.fromhex with spaces and errors.
data = bytes(range(0, 200, 25))
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -3), data.hex(b"_", 3), data.hex(sep=".", bytes_per_sep=4))
print(b"".hex(), b"\x00".hex(":"), bytearray(b"\xab\xcd").hex(), bytes.fromhex("deadBEEF"), bytes.fromhex(" 01 02  ff "))
print(bytearray.fromhex("00ff"), type(bytearray.fromhex("")).__name__, bytes.fromhex(""))
for c in ["bytes.fromhex('abc')", "bytes.fromhex('zz')", "bytes.fromhex('0 1')", "bytes.fromhex(b'00')", "data.hex('::')", "data.hex(5)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
