# bool: repr, arithmetic result types, bitwise operators that keep bool, and conversions.
print(True, False, repr(True), str(False), int(True), float(False), True + True, True * 10, -True)
print(type(True + 1).__name__, type(True & False).__name__, type(True & 1).__name__, type(-True).__name__)
print(True & False, True | False, True ^ True, False ^ True, True & 1, 2 | True, True / 2, True // 2)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool(None), bool(), bool(2 ** 100))
print(True == 1, False == 0, True is bool(1), isinstance(True, int), issubclass(bool, int), sum([True, True, False]))
print(True ** 5, divmod(True, True), abs(False), True > False, hash(True), hash(False))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
print(bool(Empty()), bool(Truthy()), not Empty())
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
