# Comparing ints: chained comparisons, equality with other types, and ordering errors.
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, 1 < 2 ** 64 < 2 ** 65, -2 ** 64 < -2 ** 63)
print(1 == "1", 1 != None, 5 == 5.0, [1, 2] < [1, 3], (1, 2 ** 80) > (1, 2 ** 79))
for c in ["1 < '2'", "None > 0", "1 <= []", "2.5 >= 'x'"]:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "!!", e)
print(sorted([10 ** 20, -5, 0, 3, -10 ** 20, 7]), max([1, 5, 3]), min(4, 2, 8))
