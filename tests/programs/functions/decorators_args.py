# Decorators with arguments and stacked decorators, applied in order.
def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco

def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco

@repeat(2)
@tag("b")
def greet(who):
    return f"hi {who}"

print(greet("x"))

class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@Counter
def square(v):
    return v * v

print(square(3), square(4), square.calls)
