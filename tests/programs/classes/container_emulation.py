# A user class emulating a mutable sequence: __getitem__/__setitem__/__delitem__ with ints and slices, __len__, __iter__.
class Deck:
    def __init__(self, cards):
        self._cards = list(cards)
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self._cards[i])
        return self._cards[i]
    def __setitem__(self, i, v):
        self._cards[i] = v
    def __delitem__(self, i):
        del self._cards[i]
    def __repr__(self):
        return f"Deck({self._cards})"
    def __contains__(self, c):
        return c in self._cards
    def __iter__(self):
        return iter(self._cards)
    def __reversed__(self):
        return reversed(self._cards)
d = Deck("ABCDEF")
print(len(d), d[0], d[-1], d[1:3], d[::2], "C" in d, "Z" in d)
d[0] = "a"
del d[1]
d[1:3] = ["x", "y", "z"]
print(d, list(reversed(d)), sorted(d), [c.lower() for c in d])
try:
    d[100]
except IndexError as e:
    print(e)
del d[::2]
print(d)
class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
    def __setitem__(self, key, v):
        print("set", key, v)
g = Grid()
print(g[1, 2], g[0, 0])
g[3, 4] = "v"
g[1:2, ::2] = 0
