# yield as an expression: values sent in, yields inside loops and try blocks, and nested generators.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    yield f"final {total}"

acc = accumulate()
next(acc)
for v in (3, 4, 5):
    print(acc.send(v))
print(acc.send(None))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)

print(list(tree(2)))
