# Closures, nonlocal state and lambdas passed to builtins.
def make_counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    return inc

c = make_counter()
for i in range(300000):
    c(i & 7)
values = list(map(lambda v: v * 2 + 1, range(200000)))
print(c(0), sum(values), max(values, key=lambda v: -v))
