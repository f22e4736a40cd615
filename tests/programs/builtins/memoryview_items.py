# memoryview item edge cases: float/half packing limits, count and index arguments, bytearray.__init__ while exported.
f = memoryview(bytearray(8)).cast("d")
for v in ("x", 2**2000, True, None):
    try:
        f[0] = v
        print(f[0])
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
e = memoryview(bytearray(8)).cast("e")
e[0] = float("nan"); e[1] = 6e-8; e[2] = -0.0; e[3] = float("-inf")
print(e.tolist(), e.obj.hex())
e[0] = 65519.0
print(e[0])
try:
    e[0] = 65520.0
except ValueError as exc:
    print("ValueError:", exc)
g = memoryview(bytearray(4)).cast("f")
g[0] = 1e300
print(g[0], g.obj.hex())
m = memoryview(b"abcabc")
print(m.index(99, -2), m.index(97, 1, 100), m.count(b"a"), m.count("a"))
for op in (lambda: m.index(97, 1, 3), lambda: m.index(), lambda: m.count(), lambda: m.index(97, "x")):
    try:
        print(op())
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    m.tobytes(1)
except TypeError as exc:
    print("TypeError:", exc)
print(memoryview(bytes(16)).cast("B", [True, 16]).shape, m.cast("B").obj, m[::2**70].tolist(), m[2**70:].tolist())
ba = bytearray(b"abc")
v = memoryview(ba)
del ba[0:0]
ba[1:1] = b""
try:
    ba.__init__(b"xyz")
except BufferError as exc:
    print("BufferError:", exc)
print(ba)
class B(bytes): pass
print(memoryview(B(b"ab")) == B(b"ab"), memoryview(B(b"ab")).obj.__class__.__name__)
z = memoryview(b"ab").cast("B", [1, 2])
print(z.tolist(), z[0, 1], z.cast("B").tolist())
try:
    memoryview(b"abcd").cast("H", [2]).cast("B", [2, 2])
except TypeError as exc:
    print("TypeError:", exc)
print(memoryview(b"abcd").cast("H", [2]).cast("B").tolist())
h = memoryview(b"\x00\x3c\x00\x7c").cast("e")
print(h.tolist(), h == memoryview(b"\x00\x3c\x00\x7c").cast("e"))
print(memoryview(b"\x01") == memoryview(b"\x01").cast("?"), memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x01\x00\x00\x00").cast("i"))
try:
    memoryview(b"abc").release(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    memoryview(b"abc").tolist(1)
except TypeError as exc:
    print("TypeError:", exc)
print(memoryview(b"abc").__exit__(None, None, None))
