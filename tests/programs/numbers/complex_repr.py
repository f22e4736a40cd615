# repr and str of complex: 'r' digits without '.0', parentheses unless the real part is +0.0, signed zeros.
inf = float("inf")
nan = float("nan")
values = [
    complex(1, 2), complex(0, 2), complex(0, -2), complex(-0.0, 2), complex(0.0, 0.0), complex(0.0, -0.0),
    complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1, 0), complex(1, -0.0), complex(-1.5, 0),
    complex(nan, inf), complex(nan, nan), complex(-inf, -inf), complex(-inf, nan), complex(0, nan),
    complex(-0.0, nan), complex(0, -inf), complex(1e16, 1e-5), complex(1e-7, -1e-7), complex(1e15, 1e16),
    complex(123456789012345678, 1.5), complex(0.1 + 0.2, 1 / 3), complex(5e-324, -5e-324),
    complex(1.7976931348623157e308, 0), complex(0.0001, 0.00001), complex(2.5, 100.0),
]
for z in values:
    print(repr(z), str(z), str(z) == repr(z))
print(1j, -1j, 2j * 3, -0j, -(0j), 0j * -1, 1e16j, -1e16j, 3.25j)
print([1j, 1 + 1j], (2j,), {1j: -1j})
print("%s %r" % (1 + 2j, -1j), "{} {!r}".format(3j, 1 - 1j))
