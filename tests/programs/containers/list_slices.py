# list slicing: reading, assignment (plain and extended), deletion and negative steps.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[8:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [10, 20, 30]
print(ys)
ys[:] = "xyz"
print(ys)
zs = list(range(10))
zs[::2] = [0] * 5
print(zs)
zs[1::3] = "abc"
print(zs)
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print(e)
ws = list(range(10))
del ws[::3]
print(ws)
del ws[1:3]
print(ws)
del ws[-1]
print(ws)
del ws[::-2]
print(ws)
vs = list(range(6))
vs[4:1] = ["q"]
print(vs)
vs[::-1] = range(7)
print(vs)
try:
    vs[1:2] = 5
except TypeError as e:
    print(e)
try:
    vs["a"]
except TypeError as e:
    print(e)
try:
    vs[10] = 1
except IndexError as e:
    print(e)
try:
    del vs[10]
except IndexError as e:
    print(e)
try:
    vs[1.5]
except TypeError as e:
    print(e)
