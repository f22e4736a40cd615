# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__ and suppressed or not.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Yield:
    def __await__(self):
        yield "paused"


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Yield()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Yield()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


async def main():
    async with Resource("plain") as value:
        print("body got", value)
    async with Resource("outer") as a, Resource("inner") as b:
        print("two managers", a, b)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed error")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await early_return()


async def early_return():
    async with Resource("returning") as r:
        return "returned " + r


print(run(main()))


class AwaitableExit:
    """__aexit__ as a plain method returning an awaitable object."""

    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return Yield()


async def plain_exit():
    async with AwaitableExit() as me:
        print("inside", type(me).__name__)
    print("left")


run(plain_exit())


class FailingExit:
    async def __aenter__(self):
        return None

    async def __aexit__(self, *args):
        raise RuntimeError("exit failed")


async def failing_exit():
    async with FailingExit():
        raise ValueError("body failed")


try:
    run(failing_exit())
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


class FailingEnter:
    async def __aenter__(self):
        raise OSError("cannot enter")

    async def __aexit__(self, *args):
        print("never called")


async def failing_enter():
    async with FailingEnter():
        print("never runs")


try:
    run(failing_enter())
except OSError as e:
    print(repr(e))
