# The aiter() and anext() builtins, with and without anext's default.
class Yield:
    def __await__(self):
        yield "paused"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def numbers(n):
    for i in range(n):
        await Yield()
        yield i


class Manual:
    def __init__(self):
        self.left = 2

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Yield()
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return self.left


async def main():
    g = numbers(2)
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("no default: StopAsyncIteration")
    print(await anext(g, "fallback"))
    m = aiter(Manual())
    print(await anext(m, "x"), await anext(m, "x"), await anext(m, "x"))
    a = anext(numbers(1), None)
    print(type(a).__name__)
    print(await a)
    return "done"


print(run(main()))

for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)


class BadAiter:
    def __aiter__(self):
        return 5


try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
try:
    aiter()
except TypeError as e:
    print(e)
try:
    anext()
except TypeError as e:
    print(e)


async def one():
    yield "only"


g = one()
w = anext(g, "d")
try:
    w.send(None)
except StopIteration as e:
    print("value", e.value)
w = anext(g, "d")
try:
    w.send(None)
except StopIteration as e:
    print("default", e.value)
