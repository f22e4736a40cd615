# slice objects: repr, attributes, indices(), equality, use as subscripts and in custom __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, -1))
print(s.indices(5), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100, 3).indices(10), slice(5, 1, -2).indices(8))
print(list(range(10))[s], "abcdefgh"[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[:, None], sh[...])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(e)
print(slice("a", "b"), slice(1.5, 2.5))
