# complex ** : small integral exponents multiply out, others go through polar form (printed rounded);
# zero to a negative or complex power, overflow, and pow() with a modulus.
def show(f):
    try:
        z = f()
        print(z if isinstance(z, str) else z)
    except Exception as e:
        print(type(e).__name__, e)


def rounded(z):
    return complex(round(z.real, 12), round(z.imag, 12))


inf = float("inf")
nan = float("nan")
cases = [
    lambda: 1j ** 2, lambda: (1 + 1j) ** -3, lambda: (1 + 1j) ** 100, lambda: (1 + 1j) ** 101,
    lambda: (1 + 2j) ** 0, lambda: 0j ** 0, lambda: 0j ** 0j, lambda: 0j ** 2, lambda: pow(2j, 3),
    lambda: pow(2j, 3, None), lambda: complex(1, -0.0) ** 1, lambda: complex(1, -0.0) ** 2,
    lambda: complex(-0.0, -0.0) ** 1, lambda: complex(1, -0.0) ** 0, lambda: complex(2, 0) ** -1,
    lambda: (0.5 + 0.5j) ** -4, lambda: 2 ** (1 + 0j), lambda: 2.0 ** complex(1, -0.0), lambda: (2 + 0j) ** 2.0,
    lambda: (3 - 1j) ** 5, lambda: (1 + 1j) ** 2000, lambda: complex(1e-200, 0) ** 3, lambda: (0j) ** -0.0,
    lambda: 0j ** 2.5, lambda: complex(nan, 0) ** 2, lambda: 1j ** -100,
    lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** (1 + 1j), lambda: 0 ** (-1 + 0j),
    lambda: complex(-0.0, 0) ** -1, lambda: 0j ** -2.5,
    lambda: (1e300 + 1e300j) ** 5, lambda: (1 + 1j) ** 1e10, lambda: complex(inf, 0) ** 2,
    lambda: complex(inf, 0) ** 0.5, lambda: 10j ** 400, lambda: pow(2j, 2, 3), lambda: (2j).__pow__(2, 3),
    lambda: rounded((1 + 2j) ** 0.5), lambda: rounded((-1 + 0j) ** 0.5), lambda: rounded(4 ** 0.5j),
    lambda: rounded((1 + 2j) ** (3 + 4j)), lambda: rounded(1j ** 1j), lambda: rounded((-8) ** (1 / 3 + 0j)),
    lambda: rounded((2j).__rpow__(2)), lambda: rounded(2.5 ** (1 - 1j)),
]
for f in cases:
    show(f)
