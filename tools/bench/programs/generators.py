# Generator functions, generator expressions and iteration.
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2

total = sum(gen(400000))
squares = sum(x * x for x in range(200000))
print(total, squares)
