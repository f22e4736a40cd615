# Integer and float arithmetic in a tight loop.
total = 0
x = 0.5
for i in range(1000000):
    total += i * 3 % 7 - (i // 5)
    x = x * 1.0000001 + 0.25
print(total, round(x, 3))
