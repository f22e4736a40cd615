# The error messages of await, async for and async with, and of coroutines used the wrong way.
def attempt(coro):
    try:
        print("suspended with", coro.send(None))
    except StopIteration as e:
        print("ok", e.value)
    except Exception as e:
        cause = f" (cause: {e.__cause__!r})" if e.__cause__ else ""
        print(f"{type(e).__name__}: {e}{cause}")


async def await_it(x):
    return await x


class NonIterAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        self.made = await_it(1)
        return self.made


class ListAwait:
    def __await__(self):
        return iter([1])


attempt(await_it(1))
attempt(await_it("text"))
attempt(await_it(NonIterAwait()))
bad = CoroAwait()
attempt(await_it(bad))
bad.made.close()
attempt(await_it(ListAwait()))


class Pause:
    def __await__(self):
        yield "pause"


async def sleeper():
    await Pause()
    return "slept"


inner = sleeper()
inner.send(None)
attempt(await_it(inner))
attempt(await_it(inner))
attempt(await_it(inner))


async def async_for(x):
    async for _ in x:
        pass


class NoAnext:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


attempt(async_for(1))
attempt(async_for([1, 2]))
attempt(async_for(NoAnext()))
attempt(async_for(BadAnext()))


async def async_with(x):
    async with x:
        pass


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterOnly:
    async def __aenter__(self):
        return self


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return "no"


attempt(async_with(1))
attempt(async_with(SyncOnly()))
attempt(async_with(EnterOnly()))
attempt(async_with(BadEnter()))
attempt(async_with(BadExit()))


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


def sync_with(x):
    with x:
        pass


try:
    sync_with(AsyncOnly())
except TypeError as e:
    print(e)

c = await_it(1)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    c.send(1)
except TypeError as e:
    print(e)
try:
    c.throw(1)
except TypeError as e:
    print(e)
c.close()


pending = await_it(1)


def delegating():
    yield from pending


try:
    next(delegating())
except TypeError as e:
    print(e)
pending.close()


async def agen():
    yield 1


def yield_from_agen():
    yield from agen()


try:
    next(yield_from_agen())
except TypeError as e:
    print(e)


async def reenter():
    await me


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print(e)
