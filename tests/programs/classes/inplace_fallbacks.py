# In-place operators: __iadd__ and friends, falling back to binary operators, returning other objects, on attributes and items.
class Counter:
    def __init__(self, n=0):
        self.n = n
    def __iadd__(self, k):
        self.n += k
        return self
    def __isub__(self, k):
        return NotImplemented
    def __sub__(self, k):
        return Counter(self.n - k)
    def __imul__(self, k):
        return "replaced"
    def __repr__(self):
        return f"Counter({self.n})"
c = Counter()
alias = c
c += 5
print(c, alias, c is alias)
c -= 2
print(c, alias, c is alias)
c *= 3
print(c)
class Box:
    def __init__(self):
        self.items = [1]
        self.count = Counter(1)
b = Box()
b.items += [2]
b.count += 10
print(b.items, b.count)
d = {"k": [0]}
d["k"] += [1]
d["k"] *= 2
print(d)
for op in ["x //= 2", "x **= 2", "x %= 3", "x <<= 1", "x |= 8", "x ^= 1", "x &= 6", "x >>= 1", "x @= 1"]:
    x = 7
    try:
        exec(op)
        print(op, "->", x)
    except TypeError as e:
        print(op, "->", e)
t = (1,)
try:
    t[0] += 1
except TypeError as e:
    print(e)
