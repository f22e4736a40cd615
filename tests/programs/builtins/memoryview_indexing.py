# memoryview indexing and slicing: negative indices, bounds errors, stepped slices sharing the buffer, bad keys.
m = memoryview(b"0123456789")
print(m[0], m[9], m[-1], m[-10])
for i in (10, -11, 2**70):
    try:
        m[i]
    except IndexError as exc:
        print("IndexError:", exc)
s = m[2:8]
print(s.tobytes(), s.shape, s.strides, s.obj is m.obj, s.c_contiguous)
t = m[::3]
print(t.tobytes(), t.tolist(), t.shape, t.strides, t.c_contiguous, t.f_contiguous, t.contiguous, t.nbytes)
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r[-1], list(r[1:4]))
print(m[5:2].tobytes(), m[5:2].shape, m[100:].tobytes(), m[-3:].tolist(), m[1:9:2][1:3].tobytes())
print(m[1:2].c_contiguous, m[1:1:2].c_contiguous, m[::2][::2].tobytes())
for key in ("a", 1.5, None, (1, 2), ...):
    try:
        m[key]
    except (TypeError, IndexError, NotImplementedError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    m[()]
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
g = memoryview(b"abcdef").cast("B", [2, 3])
print(g[1, 2], g[0, 0], g[-1, -1], g.shape, g.strides)
for key in (0, (0,), (5, 0), (0, 1, 2), slice(None), (slice(None), slice(None))):
    try:
        r = g[key]
        print(r.tolist() if isinstance(r, memoryview) else r)
    except (TypeError, IndexError, NotImplementedError) as exc:
        print(type(exc).__name__ + ":", exc)
z = memoryview(b"\x07").cast("B", [])
print(z.ndim, z.shape, z.strides, z[()], z[...] is z, z.tolist())
for op in (lambda: z[0], lambda: len(z), lambda: list(z)):
    try:
        op()
    except TypeError as exc:
        print("TypeError:", exc)
