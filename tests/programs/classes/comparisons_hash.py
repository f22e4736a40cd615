# Rich comparisons and __eq__/__hash__ interplay: reflected comparisons, unhashable classes, total ordering by hand.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("P.eq")
        return isinstance(o, P) and self.v == o.v
class Q(P):
    def __eq__(self, o):
        print("Q.eq")
        return NotImplemented
print(P(1) == P(1), P(1) != P(2))
print(P(1) == Q(1))
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(e)
try:
    {P(1)}
except TypeError as e:
    print(e)
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({H(1), H(1), H(2)}), H(1) in {H(1)}, {H(3): "x"}[H(3)])
class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"Ord({self.v})"
print(Ord(1) < Ord(2), Ord(2) > Ord(1), Ord(1) >= Ord(1), sorted([Ord(3), Ord(1)]))
try:
    Ord(1) == 5
    print(Ord(1) == 5, Ord(1) != Ord(1))
except TypeError as e:
    print(e)
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 5, 5 == AlwaysEq(), [1, 2].count(AlwaysEq()), AlwaysEq() in [9])
class NE:
    def __ne__(self, o):
        return "custom ne"
print(NE() != 1, NE() == NE())
class Hash1:
    def __hash__(self):
        return -1
print(hash(Hash1()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
