# list methods: append, extend, insert, pop, remove, index and count with bounds, copy, clear, reverse.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend((3, 5))
xs.extend(range(2))
print(xs, len(xs))
xs.insert(0, "a")
xs.insert(-1, "b")
xs.insert(100, "c")
xs.insert(-100, "d")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.index(1), xs.index(1, 3), xs.index(5, -5), xs.index(4, 0, 4))
print(xs.count(1), xs.count(5), xs.count("zz"))
xs.remove(1)
print(xs)
ys = xs.copy()
ys.reverse()
print(ys, xs == ys[::-1], ys is xs)
ys.clear()
print(ys, xs)
for bad in [lambda: xs.index(42), lambda: xs.index(3, 0, 1), lambda: xs.remove(42), lambda: [].pop(), lambda: xs.pop(99)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    xs.append()
except TypeError as e:
    print(e)
try:
    xs.insert(1)
except TypeError as e:
    print(e)
