# complex attributes and methods: real/imag, conjugate, __complex__, __getnewargs__, bool, abs, the type itself.
inf = float("inf")
nan = float("nan")
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (1j).conjugate(), complex(1, -0.0).conjugate())
print((5).real, (5).imag, (2.5).imag, True.imag, type((1).imag).__name__)
print(z.__complex__(), z.__complex__() is z, z.__getnewargs__(), (1j).__getnewargs__())
print(abs(z), abs(-0j), abs(1e-320j), abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
print(abs(complex(1e308, 1e308) * 10), abs(complex(3e-320, 4e-320)), abs(complex(-5, 12)))
print(bool(0j), bool(complex(0.0, -0.0)), bool(1e-300j), bool(complex(nan, 0)), bool(-0j + 1))
print(complex.__name__, complex.__qualname__, type(1j).__name__, isinstance(1j, complex), issubclass(bool, complex))
print(type(complex).__name__, complex.__mro__, complex.__doc__ is None or len(complex.__doc__) > 0)
print(sorted(n for n in ["conjugate", "real", "imag", "from_number", "__complex__", "__format__"] if hasattr(1j, n)))
print(hasattr(1j, "__float__"), hasattr(1j, "__int__"), hasattr(1j, "__round__"), hasattr(1j, "__floordiv__"))


class C(complex):
    def __repr__(self):
        return "C!"


c = C(1, 2)
print(c, str(c), format(c, ""), f"{c}", format(c, ".1f"), c.real, c.imag, c.conjugate(), type(c.conjugate()).__name__)
print(type(+c).__name__, type(-c).__name__, type(c + 1).__name__, type(c.__complex__()).__name__, c == 1 + 2j)
print(c.__getnewargs__(), hash(c) == hash(1 + 2j), abs(C(3, 4)), bool(C()), C() == 0)
c.attr = 5
print(c.attr, vars(c))
print(complex.conjugate(1 + 1j), complex.__abs__(3 + 4j), complex.__neg__(1j), complex.__add__(1j, 2))
print(list(map(complex, ["1", "2j", "3+3j"])), sum([1j, 2j, 3]), sum([1, 2], 1j), [x * 1j for x in range(3)])
