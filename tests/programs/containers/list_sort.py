# list.sort and sorted: stability, key, reverse, errors and mutation during sort.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, 2.5, -1, 3, 0, True]
nums.sort()
print(nums)
print(sorted("hello"), sorted((3, 1, 2), reverse=True), sorted({3: 1, 1: 2}))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=None, reversed=True)
except TypeError as e:
    print(e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(1)], key=lambda k: k.v))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
