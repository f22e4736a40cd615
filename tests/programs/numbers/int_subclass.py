# Subclasses of int and float: construction, results of arithmetic, repr, and overridden operators.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(m * 2).__name__, type(-m).__name__, 3 + m)
class Half(float):
    pass
h = Half(2.5)
print(h, repr(h), type(h).__name__, type(h * 2).__name__, h.is_integer(), Half("1e3"), Half())
class Flag(int):
    pass
print(Flag(True), type(Flag(1) | 2).__name__, Flag("101", 2), Flag(7) == 7, hash(Flag(7)) == hash(7))
print(int.__new__(Flag, 9), float.__new__(Half, "3.5"), isinstance(h, float), issubclass(Money, int))
