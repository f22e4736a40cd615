# memoryview.cast: the native formats whose sizes agree across platforms, shapes, and the cast errors.
# ('l', 'L', 'n', 'N' and 'P' are left out: the oracle runs on 32-bit wasm, where they are 4 bytes, not 8.)
raw = bytes(range(1, 17))
for fmt in ("B", "b", "c", "H", "h", "I", "i", "Q", "q", "@B"):
    c = memoryview(raw).cast(fmt)
    print(fmt, c.format, c.itemsize, c.shape, c.strides, c.nbytes, c.tolist())
neg = memoryview(b"\xff" * 8)
print(neg.cast("b").tolist(), neg.cast("h").tolist(), neg.cast("i").tolist(), neg.cast("q").tolist(), neg.cast("Q").tolist())
print(neg.cast("H")[0], neg.cast("I")[-1], memoryview(b"\x00\x01\x01").cast("?").tolist())
f = memoryview(bytearray(16)).cast("d")
f[0] = 1.5
f[1] = 7
print(f.tolist(), bytes(f.obj).hex())
g = memoryview(bytearray(8)).cast("f")
g[0] = 0.1
g[1] = -2.5
print(g.tolist(), g.obj.hex())
h = memoryview(bytearray(6)).cast("e")
h[0] = 1.0
h[1] = 65504.0
h[2] = 0.1
print(h.tolist(), h.obj.hex())
try:
    h[0] = 1e6
except ValueError as exc:
    print("ValueError:", exc)
w = memoryview(bytearray(8)).cast("H")
w[0] = 65535
w[3] = 258
print(w.tolist(), w.obj)
for value in (65536, -1):
    try:
        w[1] = value
    except ValueError as exc:
        print("ValueError:", exc)
q = memoryview(bytearray(16)).cast("q")
q[0] = -(2**63)
q[1] = 2**63 - 1
print(q.tolist())
try:
    q[0] = 2**63
except ValueError as exc:
    print("ValueError:", exc)
bits = memoryview(bytearray(3)).cast("?")
bits[0] = True
bits[1] = [1]
bits[2] = ""
print(bits.tolist(), bits.obj)
cc = memoryview(bytearray(b"ab")).cast("c")
cc[0] = b"z"
print(cc.tolist(), cc[1], cc.obj)
try:
    cc[0] = b"zz"
except ValueError as exc:
    print("ValueError:", exc)
try:
    cc[0] = 1
except TypeError as exc:
    print("TypeError:", exc)
grid = memoryview(bytes(range(24))).cast("B", [2, 3, 4])
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), grid.nbytes, len(grid))
print(grid.c_contiguous, grid.f_contiguous, grid.cast("B").shape, grid.cast("I").tolist())
print(memoryview(raw).cast("H", (2, 4)).tolist(), memoryview(raw).cast("I", shape=[4]).tolist())
print(memoryview(raw).cast("H").cast("B").tolist()[:4], memoryview(raw).cast("d").cast("c")[0])
errors = (
    lambda: memoryview(raw).cast("x"),
    lambda: memoryview(raw).cast("BB"),
    lambda: memoryview(raw).cast("<i"),
    lambda: memoryview(raw).cast("H").cast("I"),
    lambda: memoryview(b"abc").cast("H"),
    lambda: memoryview(raw).cast("B", [3, 5]),
    lambda: memoryview(raw).cast("B", [0, 16]),
    lambda: memoryview(raw).cast("B", [4.0, 4]),
    lambda: memoryview(raw).cast("B", 16),
    lambda: memoryview(raw)[::2].cast("B"),
    lambda: memoryview(raw).cast("B", [2, 8]).cast("B", [4, 4]),
    lambda: memoryview(raw).cast(1),
    lambda: memoryview(b"")[0:0].cast("B", [1]),
    lambda: list(grid),
    lambda: grid[0],
)
for op in errors:
    try:
        op()
    except (TypeError, ValueError, NotImplementedError) as exc:
        print(type(exc).__name__ + ":", exc)
