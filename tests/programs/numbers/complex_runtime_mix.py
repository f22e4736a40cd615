# complex meeting the rest of the runtime: powers of negative floats, dict keys, sum(). (Other fractional powers
# of negative numbers go through cos/sin/atan2, whose last digit differs between C libraries.)
print(pow(-2, 0.5), (-8.0) ** (1 / 3), -2.0 ** 0.5)
x = -2.0
print(x ** 0.5, x ** 2.0)
d = {1: "int", 2.0: "float"}
print(d[1 + 0j], d[2 + 0j], (1 + 0j) in d, 1j in d)
d[2 + 0j] = "complex"
print(d)
print({0j: "a", 0: "b", -0.0: "c"})
print(sum([0.1j] * 10), sum([0.1] * 10 + [1j]), sum([1, 2.5, 3j, 0.1, 0.2]), sum([1j, "x"][:1]))
print(sum([1e100j, 1j, -1e100j]), sum([0.1 + 0.1j] * 10, 0j))
try:
    sum([1j, "x"])
except TypeError as e:
    print("TypeError:", e)
