# complex with int and float operands on either side: 3.14 keeps a real operand real, so signed zeros survive.
inf = float("inf")
nan = float("nan")
zs = [complex(1, -0.0), complex(-0.0, -0.0), complex(0.0, 0.0), complex(-2, 3), complex(inf, -0.0), 1.5j]
reals = [2.0, -2.0, 0.0, -0.0, 2, -3, True, inf]
for z in zs:
    for r in reals:
        print(z, repr(r), "|", z + r, r + z, z - r, r - z, z * r, r * z)
for z in zs:
    for r in [2.0, -0.5, 4, -1, inf]:
        print(z, repr(r), "|", z / r, r / z if z else "-")
print(0.0 - complex(0.0, 0.0), 0 - 0j, -0.0 + -0j, complex(-0.0, -0.0) + 0.0, 1j * False, True - 1j)
print(2 ** 60 * (1 + 1j), (1 + 1j) * 10 ** 20, (1 + 1j) + 2 ** 53 + 1, 1 / (1 + 1j), 1.0 / -2j)
print((1j).__radd__(1), (1j).__rsub__(1), (2j).__rtruediv__(1), (2j).__rmul__(2.5))
print((1j).__add__("a"), (1j).__mul__([]), (1j).__rsub__(None), (1j).__truediv__(1j))
