# int's number attributes: real, imag, numerator, denominator, conjugate, as_integer_ratio, is_integer.
for n in [0, 7, -12, 2**80, True]:
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio(), n.is_integer())
print(type(True.real), type(True.numerator), type(True.conjugate()), type((5).as_integer_ratio()[0]))
class Sub(int):
    pass
s = Sub(9)
print(type(s.real).__name__, type(s.numerator).__name__, type(s.conjugate()).__name__, s.as_integer_ratio())
print(int.__trunc__(7), (7).__floor__(), (-7).__ceil__(), (7).__index__(), (7).__int__(), (7).__float__())
