# memoryview == and != against buffers (item by item, by format), ordering, and hash for read-only byte views.
m = memoryview(b"abc")
print(m == b"abc", b"abc" == m, m == bytearray(b"abc"), bytearray(b"abc") == m, m == memoryview(b"abc"))
print(m != b"abd", m == b"ab", m == "abc", m == [97, 98, 99], m == 5, m != None)
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h == memoryview(b"\x01\x00\x02\x00").cast("h"), h == b"\x01\x00\x02\x00", h == memoryview(b"\x01\x02"))
print(memoryview(b"a").cast("c") == memoryview(b"a"), memoryview(b"a").cast("c") == memoryview(b"a").cast("c"))
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"\x7f").cast("b") == memoryview(b"\x7f"))
nan = memoryview(bytearray(8)).cast("d")
nan[0] = float("nan")
print(nan == nan, nan != nan)
d = memoryview(bytearray(8)).cast("d")
d[0] = 2.0
q = memoryview(bytearray(8)).cast("q")
q[0] = 2
print(d == q, d.tolist(), q.tolist())
print(memoryview(b"abcd")[::2] == b"ac", memoryview(b"abcd")[::-1] == b"dcba")
g = memoryview(bytes(6)).cast("B", [2, 3])
print(g == memoryview(bytes(6)).cast("B", [2, 3]), g == memoryview(bytes(6)).cast("B", [3, 2]), g == bytes(6))
for op in (lambda: m < m, lambda: m <= b"abc", lambda: b"abc" > m):
    try:
        op()
    except TypeError as exc:
        print("TypeError:", exc)
print(bytearray(b"abb") < memoryview(b"abc"))
print(hash(m) == hash(b"abc"), hash(memoryview(b"")) == hash(b""), hash(memoryview(b"abcdef")[::2]) == hash(b"ace"))
print(hash(memoryview(b"\xff").cast("b")) == hash(b"\xff"), hash(memoryview(b"z").cast("c")) == hash(b"z"))
for obj in (memoryview(bytearray(b"x")), memoryview(b"abcd").cast("H"), memoryview(bytearray(b"x")).toreadonly()):
    try:
        hash(obj)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
print({memoryview(b"k"): 1}[b"k"])
