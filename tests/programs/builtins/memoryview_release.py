# memoryview.release and the context manager: released views refuse use, and exported bytearrays cannot resize.
b = bytearray(b"abc")
m = memoryview(b)
for op in (lambda: b.append(1), lambda: b.extend(b"xy"), lambda: b.pop(), lambda: b.clear(), lambda: b.__delitem__(0), lambda: b.__iadd__(b"!"), lambda: b.insert(0, 1), lambda: b.remove(97)):
    try:
        op()
    except BufferError as exc:
        print("BufferError:", exc)
try:
    b[0:1] = b"xyz"
except BufferError as exc:
    print("BufferError:", exc)
b[0:2] = b"AB"
b[0] = 90
b.reverse()
print(b, m.tobytes())
m.release()
m.release()
b.append(100)
print(b, repr(m).split(" at 0x")[0])
released = (
    lambda: m[0],
    lambda: len(m),
    lambda: m.tobytes(),
    lambda: m.tolist(),
    lambda: m.format,
    lambda: m.obj,
    lambda: m.shape,
    lambda: m.nbytes,
    lambda: m.hex(),
    lambda: m.cast("B"),
    lambda: m[0:1],
    lambda: memoryview(m),
    lambda: bytes(m),
    lambda: m.toreadonly(),
    lambda: m.__enter__(),
    lambda: list(m),
    lambda: hash(m),
)
for op in released:
    try:
        op()
    except ValueError as exc:
        print("ValueError:", exc)
print(m == m, m == memoryview(b"abc"), m != m)
with memoryview(b) as w:
    print(w.tobytes(), w[0])
    print(w is w.__enter__())
print(repr(w).split(" at 0x")[0])
b.extend(b"ef")
print(b)
with memoryview(bytearray(b"q")) as inner:
    pass
try:
    inner[0]
except ValueError as exc:
    print("ValueError:", exc)
it = iter(memoryview(b"xy"))
print(next(it), next(it), next(it, "end"))
k = memoryview(b"abc")
hash(k)
k.release()
print(hash(k) == hash(b"abc"))
