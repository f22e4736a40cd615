# complex(): no arguments, one number, two parts, keywords, __complex__ / __float__ / __index__ objects, subclasses.
class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class Both:
    def __complex__(self):
        return 1j

    def __float__(self):
        return 2.0


class Sub(complex):
    pass


print(complex(), complex(0), complex(1), complex(-2.5), complex(True, False))
print(complex(1, 2), complex(1.5, -2), complex(0, 1), complex(-0.0), complex(0, -0.0))
print(complex(real=1, imag=2), complex(imag=2), complex(real=-3), complex(1, imag=0.5))
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(Both()))
print(complex(WithFloat(), WithFloat()), complex(WithIndex(), WithIndex()))
print(complex(2 ** 53 + 1), complex(10 ** 20, -(10 ** 20)))
z = 1 + 2j
print(complex(z) is z, complex(z) == z)
s = Sub(1, 2)
print(s, type(s).__name__, complex(s), type(complex(s)).__name__, isinstance(s, complex))
print(type(Sub("3+4j")).__name__, Sub("3+4j"), Sub(WithComplex()), Sub())
print(complex.from_number(5), complex.from_number(2.5), complex.from_number(1j), complex.from_number(WithComplex()))
print(complex.from_number(WithFloat()), complex.from_number(WithIndex()), complex.from_number(s))
r = Sub.from_number(3)
print(type(r).__name__, r, type(complex.from_number(s)).__name__)
