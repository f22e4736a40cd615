# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = 10
result = [x for x in range(3)]
print(result, x)
class Config:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Config.doubled)
def f():
    y = 5
    return [y + i for i in range(3)], {i: y for i in range(2)}, {y * i for i in range(2)}
print(f())
print([(i, j) for i in range(3) if i for j in range(i)])
