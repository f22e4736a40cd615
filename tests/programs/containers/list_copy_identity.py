# Copies vs aliases: slicing, copy(), list(), nested mutation, and equality vs identity.
orig = [[1, 2], [3, 4]]
shallow = orig.copy()
sliced = orig[:]
built = list(orig)
shallow[0].append(99)
print(orig, sliced, built)
print(shallow == orig, shallow is orig, shallow[0] is orig[0])
shallow.append([5])
print(len(orig), len(shallow))
empty1, empty2 = [], []
print(empty1 == empty2, empty1 is empty2)
t1 = ()
t2 = tuple()
print(t1 is t2, () == t2)
s = [1, 2, 3]
r = s
s += [4]
print(r)
s = s + [5]
print(r, s)
x = [0] * 3
y = [x] * 2
y[0][0] = 7
print(y)
