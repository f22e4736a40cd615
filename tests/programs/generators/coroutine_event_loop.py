# A tiny hand-written event loop: tasks suspend on generator-based awaitables and are resumed in turn.


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self
        return self.ticks


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.waiters = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for coro, name in self.waiters:
            loop.ready.append((coro, name, None))

    def __await__(self):
        while not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def spawn(self, coro, name):
        self.ready.append((coro, name, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: item[0])
                wake, coro, name = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((coro, name, None))
                continue
            coro, name, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.log.append((self.now, name, "returned", e.value))
                continue
            except Exception as e:
                self.log.append((self.now, name, "failed", repr(e)))
                continue
            if isinstance(request, Sleep):
                self.sleeping.append((self.now + request.ticks, coro, name))
            elif isinstance(request, Future):
                request.waiters.append((coro, name))
            else:
                self.ready.append((coro, name, None))


loop = Loop()


async def worker(name, delays):
    total = 0
    for d in delays:
        slept = await Sleep(d)
        total += slept
        print(f"t={loop.now} {name} slept {slept}")
    return total


async def waiter(fut):
    print("waiter waiting")
    value = await fut
    print(f"t={loop.now} waiter got {value}")
    return value * 2


async def setter(fut):
    await Sleep(3)
    fut.set_result("ready")
    print(f"t={loop.now} setter set result")


async def faulty():
    await Sleep(2)
    raise RuntimeError("task failed")


fut = Future()
loop.spawn(worker("a", [1, 2, 3]), "a")
loop.spawn(worker("b", [2, 2]), "b")
loop.spawn(waiter(fut), "waiter")
loop.spawn(setter(fut), "setter")
loop.spawn(faulty(), "faulty")
loop.run()
for entry in loop.log:
    print(entry)


async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results


loop = Loop()
loop.spawn(gather(worker("x", [1]), worker("y", [1, 1])), "gather")
loop.run()
print(loop.log)


class Countdown:
    """An awaitable whose __await__ is itself a generator function with a loop."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            got = yield i
            if got:
                print("countdown was sent", got)
        return "liftoff"


async def launch():
    return await Countdown(3)


c = launch()
print(c.send(None), c.send("hello"), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
