# async for over async iterators and async generators; async comprehensions, with await inside them.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Yield:
    def __await__(self):
        yield "paused"


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def countdown(n):
    while n > 0:
        await Yield()
        yield n
        n -= 1


async def double(x):
    await Yield()
    return x * 2


async def main():
    async for i in Ticker(3):
        print("ticker", i)
    async for i in countdown(3):
        print("countdown", i)
    else:
        print("countdown else")
    async for i in countdown(5):
        if i == 3:
            break
        print("broke at", i)
    else:
        print("not printed")
    print([i async for i in Ticker(4)])
    print({i % 2 async for i in countdown(4)})
    print({i: i * i async for i in Ticker(3) if i != 2})
    print([await double(i) for i in range(3)])
    print([await double(i) async for i in countdown(3)])
    print([(i, j) async for i in Ticker(2) for j in range(2)])
    gen = (i * 10 async for i in Ticker(3))
    print(type(gen).__name__)
    print([x async for x in gen])
    total = 0
    async for a in countdown(3):
        async for b in Ticker(a):
            total += b
    print("nested total", total)
    return "done"


print(run(main()))


class Pairs:
    def __init__(self):
        self.items = iter([(1, "a"), (2, "b")])

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.items)
        except StopIteration:
            raise StopAsyncIteration from None


async def unpacking():
    async for number, letter in Pairs():
        print(number, letter)
    x = None
    async for x in Ticker(0):
        pass
    print("empty loop left", x)


run(unpacking())


async def raises_inside():
    async for i in Ticker(5):
        if i == 2:
            raise KeyError(i)


try:
    run(raises_inside())
except KeyError as e:
    print("KeyError", e)


async def failing_gen():
    yield 1
    raise ValueError("gen failed")


async def consume_failing():
    try:
        async for v in failing_gen():
            print("got", v)
    except ValueError as e:
        print("caught", e)


run(consume_failing())
