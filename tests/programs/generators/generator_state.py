# Generator objects keep their frame between calls; a running generator cannot be re-entered.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print([next(f) for _ in range(3)])

def reenter():
    yield next(me)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def early():
    return
    yield

print(list(early()), type(early()).__name__)
