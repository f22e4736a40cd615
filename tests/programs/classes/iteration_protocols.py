# __iter__/__next__, __getitem__-based iteration, __contains__ and __reversed__ on user classes.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [a for a in Seq()])
a, b, c, d = Seq()
print(a, b, c, d)
class Bag:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
bag = Bag(1, 2, 3)
print(2 in bag, 5 not in bag, list(reversed(bag)), sorted(bag, reverse=True), max(bag))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print(e)
try:
    1 in NotIter()
except TypeError as e:
    print(e)
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), dict.fromkeys(Gen()))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
