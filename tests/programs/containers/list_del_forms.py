# del on lists: single items, slices, extended slices, negative indexes, and names.
xs = list(range(12))
del xs[0]
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs, len(xs))
ys = list("abcdefgh")
del ys[-3:]
del ys[1], ys[1]
print(ys)
zs = [1, 2, 3]
del zs[5:10]
del zs[::-1]
print(zs)
n = [1]
del n
try:
    n
except NameError as e:
    print(e)
w = [0, 1, 2, 3, 4, 5]
del w[1:5:3]
print(w)
try:
    del w[100]
except IndexError as e:
    print(e)
try:
    del w["a"]
except TypeError as e:
    print(e)
