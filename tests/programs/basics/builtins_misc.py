# Builtins: type conversions, chr/ord, any/all, round, sorted, isinstance and callable.
print(int("42"), int(3.9), int(-3.9), float("1.5"), float(2), str(12), bool(0), bool("x"))
print(chr(65), ord("a"), any([0, 0, 1]), all([1, 2, 0]), round(2.5), round(3.5), round(2.675, 2))
print(type(1), type("s"), type(None), type([]), type(type), isinstance(True, int), callable(len))
print(len("héllo"), list("abc"), tuple("ab"), sorted({3: 1, 1: 2}), sum([1, 2, 3], 10))
print(hex(255), oct(8), bin(5), repr(None), repr(True))
