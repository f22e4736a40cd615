# Hash values that agree on every platform: small ints, -1, bools, integral floats, and equal keys in dicts.
print(hash(0), hash(1), hash(-1), hash(-2), hash(1000), hash(True), hash(False), hash(2.0), hash(-1.0), hash(0.0), hash(-0.0))
print(hash(1) == hash(1.0) == hash(True), hash(10 ** 6) == hash(1e6), hash(float("inf")) == hash(float("inf")))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {0: "a", -0.0: "b", False: "c", 2 ** 10: "d", 1024.0: "e"}
print(d2)
print({1, 1.0, True, 2, 2.0}, len({0.5, 1 / 2}))
