# while loops: counting, sentinel loops, nested loops with flags, and while True with break.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(sorted(flat))
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print(i)
