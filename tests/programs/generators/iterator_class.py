# Classes implementing the iterator protocol, and iter() over objects with __getitem__.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)), [x * 2 for x in Countdown(3)])

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
