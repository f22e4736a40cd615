# iterator objects: enumerate, zip, map, filter, reversed and iter(callable, sentinel).
e = enumerate("abc", start=1)
print(type(e).__name__, next(e), list(e), list(enumerate([])))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
m = map(lambda x, y: x * y, [1, 2, 3], [4, 5])
print(type(m).__name__, list(m), list(map(str, range(3))))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(type(f).__name__, list(f), list(filter(lambda x: x % 2, range(7))))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed("ab")).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(iter(set())).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())), list(iter(iter(range(50, 0, -10)).__next__, 20)))
