# complex + - * / with complex operands: exact results, signed zeros, infinities and nans.
inf = float("inf")
nan = float("nan")
pairs = [
    (1 + 2j, 3 - 4j), (0.5 - 1.5j, -2 + 0.25j), (complex(0.0, 0.0), complex(-0.0, -0.0)),
    (complex(-0.0, -0.0), complex(-0.0, -0.0)), (complex(-0.0, 0.0), complex(0.0, -0.0)),
    (complex(1e308, 1e308), complex(1e308, 1e308)), (complex(inf, 1), complex(1, 1)),
    (complex(1, 1), complex(inf, inf)), (complex(nan, 0), 1j), (complex(1e-320, 1), complex(2, 1e-320)),
    (3j, 2j), (complex(1, -0.0), complex(1, 0.0)),
]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b if b else "-")
print(-(1 + 2j), +(1 + 2j), -complex(0.0, 0.0), +complex(-0.0, 0.0), -complex(nan, -inf))
z = 1 + 1j
z += 2j
z *= 1 - 1j
z -= 0.5
z /= 2j
print(z)
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1j / (1 + 0j), (2 + 0j) / 1j)
print(complex(1, 2) / complex(inf, 1), complex(inf, 0) / complex(1, 1), complex(inf, inf) / (1 + 1j))
print(complex(inf, nan) / (1 + 1j), complex(1, 1) / complex(nan, inf), complex(inf, 0) / 1j)
print(complex(nan, 0) / 1j, complex(1, 2) / complex(nan, nan), complex(-inf, 2) / complex(0.5, -3))
# Annex G: a product that comes out nan+nanj while an operand is infinite, or a partial product overflowed.
for a, b in [
    (complex(inf, nan), 2j), (complex(nan, inf), complex(nan, inf)), (complex(inf, 0), complex(inf, 0)),
    (complex(inf, nan), complex(inf, nan)), (complex(1e300, 1e300), complex(nan, 1e300)), (complex(inf, 1), 1j),
    (complex(-inf, -inf), complex(0.0, -0.0)), (complex(nan, nan), complex(inf, 0)), (complex(nan, 1), complex(1, 1)),
]:
    print(a, b, a * b, b * a)
