# memoryview as a buffer: bytes/bytearray/join/concatenation accept it, and views share memory with a bytearray.
b = bytearray(b"hello world")
m = memoryview(b)
print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[6:]), b"-".join([m[:5], m[6:]]), b"".join([memoryview(b"x")]))
print(b"<" + m[:5], bytearray(b"[") + m[6:], b.find(m[6:9]), m[:5].tobytes() in b, b"lo" in bytes(m))
print(str(m[:5], "ascii"), m[:5].tobytes().decode(), bytes(m).split(m[5:6]))
c = bytearray(b"12")
c.extend(memoryview(b"34"))
c += memoryview(b"56")
print(c, bytes(memoryview(b"abc").cast("c")), bytes(memoryview(b"\x01\x00").cast("H")))
b[0] = ord("J")
print(m[0], m.tobytes(), bytes(m[:1]))
m[-5:] = b"WORLD"
print(b)
sub = m[6:]
sub[0] = ord("w")
print(b, sub.tobytes())
print(m.hex(), m[:3].hex(":"), m[:4].hex(b"-", 2), m[:5].hex(" ", -2), memoryview(b"\xb9\x01\xef").hex(":", 2))
print(m[::2].hex(), memoryview(b"").hex(), memoryview(b"abc").cast("c").hex("_"))
try:
    m.hex("ab")
except ValueError as exc:
    print("ValueError:", exc)
copy = bytes(m)
b[0] = ord("K")
print(copy[:1], m[:1].tobytes())
print(list(memoryview(b"\x00\xff")), [x for x in memoryview(b"ab").cast("c")])
print(memoryview(memoryview(b"xyz")[1:]).tobytes(), memoryview(m).obj is b)
