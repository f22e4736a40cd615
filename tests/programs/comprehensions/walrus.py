# Assignment expressions in conditions and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
values = iter([5, 0, 7])
while (v := next(values, None)) is not None:
    print("value", v)
