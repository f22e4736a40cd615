# Set displays of constants are folded into a frozenset constant; its table order shows through iteration.
print({8, 16, 24, 32, 0})
print(list({64, 32, 16, 8, 4, 2, 1}))
print({10, 11, 1, 3})
s = {1, 3, 4, 10, 11, 12}
s.intersection_update({10, 11, 1, 3})
print(s)
print({5, 3, 1, 100} | {7, 15, 23})
print([x for x in {40, 8, 16, 0}])
