# Writing through memoryview: items and slices of bytearray-backed views, read-only views, structure and value errors.
b = bytearray(b"abcdef")
m = memoryview(b)
m[0] = 65
m[-1] = 70
print(b)
m[1:3] = b"XY"
print(b)
m[::2] = bytearray(b"123")
print(b, m.tobytes())
m[1:4] = m[2:5]
print(b)
m[:] = memoryview(b"zzzzzz")
print(b)
b[0] = 33
print(m[0], m.tobytes())
for value in (256, -1):
    try:
        m[0] = value
    except ValueError as exc:
        print("ValueError:", exc)
for value in (b"a", 1.0, "x"):
    try:
        m[0] = value
    except TypeError as exc:
        print("TypeError:", exc)
for src in (b"ab", b"abcd", memoryview(b"ab").cast("c")):
    try:
        m[0:3] = src
    except ValueError as exc:
        print("ValueError:", exc)
try:
    m[0:2] = [1, 2]
except TypeError as exc:
    print("TypeError:", exc)
try:
    del m[0]
except TypeError as exc:
    print("TypeError:", exc)
r = memoryview(b"abc")
for op in (lambda: r.__setitem__(0, 1), lambda: r.__setitem__(slice(0, 1), b"x"), lambda: r.__delitem__(0)):
    try:
        op()
    except TypeError as exc:
        print("TypeError:", exc)
ro = m.toreadonly()
print(ro.readonly, m.readonly, ro.tobytes() == m.tobytes())
try:
    ro[0] = 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    m["a"] = 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    m[10] = 1
except IndexError as exc:
    print("IndexError:", exc)
