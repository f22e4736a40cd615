# while/for with break, continue and else; enumerate, zip and range.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print(i)
else:
    print("not reached")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(i, a, b)
print(list(range(3)), list(range(1, 10, 4)), len(range(0, 100, 7)), range(5))
