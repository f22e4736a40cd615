# memoryview(): construction, the attributes of a one-dimensional byte view, len, iteration, tolist and tobytes.
m = memoryview(b"abcdef")
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.nbytes)
print(m.obj, len(m), list(m), m.tolist(), m.tobytes(), m.tobytes(None), m.tobytes("A"))
print(m.c_contiguous, m.f_contiguous, m.contiguous, type(m).__name__, type(iter(m)).__name__)
b = bytearray(b"xyz")
v = memoryview(b)
print(v.readonly, v.obj is b, v.tolist(), memoryview(v).obj is b, memoryview(v).tolist())
print(repr(m).split(" at 0x")[0], repr(m).endswith(">"))
print(m.count(97), memoryview(b"abcabc").count(99), memoryview(b"abcabc").index(99), memoryview(b"abcabc").index(99, 3))
print(memoryview(b"").tolist(), len(memoryview(b"")), memoryview(b"").shape)
e = memoryview(b"")
print(e.c_contiguous, e.nbytes, e.tobytes())
for bad in (1, "text", [1, 2], None, 2.5):
    try:
        memoryview(bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    memoryview()
except TypeError as exc:
    print("TypeError:", exc)
try:
    memoryview(b"abc").index(120)
except ValueError as exc:
    print("ValueError:", exc)
try:
    m.tobytes("Z")
except ValueError as exc:
    print("ValueError:", exc)
print(memoryview(object=b"kw").tobytes())
print(memoryview[int])
