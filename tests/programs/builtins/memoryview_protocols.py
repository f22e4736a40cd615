# memoryview with the generic protocols: truth, containment, reversed, sorted, %, int/float/str from buffers, match.
m = memoryview(b"cab")
print(bool(m), bool(memoryview(b"")), 97 in m, 120 in m, list(reversed(m)), sorted(m), max(m), sum(m))
print(b"<%s>" % memoryview(b"ab"), b"%b" % m[1:], int.from_bytes(memoryview(b"\x01\x02"), "little"), float(memoryview(b"1.5")))
print(str(memoryview(b"abc"), "utf-8"), str(m).startswith("<memory at 0x"), bytes.fromhex(memoryview(b"6869").tobytes().decode()))
print(m.hex(sep=":", bytes_per_sep=1), m.cast(format="c").tolist(), m.tobytes(order="C"))
grid = memoryview(bytes(range(6))).cast("B", [2, 3])
print(grid.tobytes("F"), grid.tobytes("C"), grid.tobytes("A"), grid[::-1].tolist(), grid[1:].tolist(), grid[::-1].c_contiguous)
match memoryview(b"xy"):
    case [a, b]:
        print("sequence", a, b)
for op in (lambda: m + b"x", lambda: b"x" + 1, lambda: m * 2, lambda: m < b"z", lambda: m.hex(1)):
    try:
        op()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    class Sub(memoryview):
        pass
except TypeError as exc:
    print("TypeError:", exc)
it = iter(memoryview(bytearray(b"ab")))
print(next(it))
v = memoryview(bytearray(b"ab"))
it2 = iter(v)
v.release()
try:
    next(it2)
except ValueError as exc:
    print("ValueError:", exc)
print(memoryview(b"abc")[1:] == memoryview(b"abc")[1:], memoryview.__name__, type(memoryview.tolist).__name__)
print(type(memoryview.obj).__name__, memoryview(b"ab").__len__(), memoryview(b"ab").__getitem__(1))
