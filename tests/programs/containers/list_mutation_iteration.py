# Mutating lists while iterating, removing during loops safely, and iterators seeing appended items.
xs = [1, 2, 3]
for x in xs:
    if x == 1:
        xs.append(4)
    print(x, end=" ")
print(xs)
ys = [1, 2, 2, 3, 2]
for y in ys[:]:
    if y == 2:
        ys.remove(y)
print(ys)
zs = [1, 2, 3, 4]
for z in zs:
    zs.remove(z)
print(zs)
it = iter([1, 2])
lst = [it]
print(next(it), list(it))
ws = list(range(5))
ws[:] = [w for w in ws if w % 2]
print(ws)
evens = [0, 1, 2, 3, 4, 5]
del evens[1::2]
print(evens)
try:
    d = {1: 1}
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
