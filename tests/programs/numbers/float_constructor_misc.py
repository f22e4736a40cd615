# float() of ints and other objects: rounding of big ints, __float__ and __index__ priority, bools.
print(float(2 ** 53 + 1), float(2 ** 64 + 2 ** 11), float(2 ** 64 + 2 ** 11 + 1), float(-(2 ** 63)))
print(float(10 ** 308), float(int("1" * 300)), float(123456789012345678901234567890))
class Both:
    def __float__(self):
        return 1.5
    def __index__(self):
        return 2
print(float(Both()), int(Both()) if hasattr(Both, "__int__") else "no __int__", [0, 1, 2][Both()])
print(float(False), float(True), float("  7  "), float(3) / 2, float(-0))
