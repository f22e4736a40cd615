# Lazy pipelines of generators: infinite sources, filtering, taking a prefix.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

evens = (x for x in naturals() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(6, squares)))
print(sum(take(100, naturals())), list(zip(take(3, naturals()), "abc")))
gen = (c.upper() for c in "hello")
print(next(gen), list(gen), list(gen))
