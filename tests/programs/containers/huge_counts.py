# Repeat counts and indexes beyond a Py_ssize_t (values that fit one stay out of this file: the oracle's is 32-bit).
def show(f):
    try:
        r = f()
        print(repr(r) if len(repr(r)) < 60 else f"{type(r).__name__} of {len(r)}")
    except Exception as e:
        print(type(e).__name__, e)


huge = 10**24
for seq in ([], [1], (), (1, 2), "", "ab", b"", b"ab", bytearray(b"x")):
    show(lambda: seq * huge)
    show(lambda: -huge * seq)
for seq in ([1, 2], (1, 2), "ab", b"ab"):
    show(lambda: seq[huge])
    show(lambda: seq[-huge])
    show(lambda: seq[huge:-huge])
    show(lambda: seq[-huge:huge])
xs = [0]
xs *= 3
print(xs)
xs += range(5)
print(xs)
