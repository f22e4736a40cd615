# Generators: yield, send, return values, generator expressions and yield from.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(4)), sum(x * x for x in range(5)))

def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"

g = echo()
print(next(g), g.send(1), g.send("two"))

def outer():
    result = yield from countdown(2)
    yield result

print(list(outer()))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
