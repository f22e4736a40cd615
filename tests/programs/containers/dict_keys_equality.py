# Dict keys: numeric equivalence (1, 1.0, True), tuples, None, custom hashable keys, and overwriting.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "t", 1: "one"}
print(d2)
d3 = {0: "zero", False: "f", 0.0: "z"}
print(d3)
d4 = {(1, 2): "a", (1, 2.0): "b", None: "n", "": "e"}
print(d4, d4[(1.0, 2)])
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f"Key({self.k})"
d5 = {Key(1): "x"}
d5[Key(1)] = "y"
d5[Key(2)] = "z"
print(d5, Key(1) in d5, Key(3) in d5)
print({-1: "a", -2: "b"}, {2 ** 70: "big"}[2 ** 70])
print({float("inf"): 1, -0.0: 2}[0])
