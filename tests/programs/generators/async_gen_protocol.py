# Async generators by hand: __anext__/asend/athrow/aclose awaitables, their states and errors.
class Yield:
    def __await__(self):
        return (yield "await-yield")


def step(awaitable, value=None):
    """Sends once into an awaitable: ('yield', v) for a pass-through value, ('value', v) when it completes."""
    try:
        return ("yield", awaitable.send(value))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop", None)


async def agen():
    print("agen start")
    received = yield 1
    print("agen received", received)
    got = await Yield()
    print("agen await got", got)
    try:
        yield 2
    except KeyError as e:
        print("agen caught", repr(e))
        yield "handled"
    print("agen end")


g = agen()
print(type(g).__name__, repr(g).startswith("<async_generator object agen at"), g.__qualname__)
print(g.__aiter__() is g, g.ag_running, g.ag_await, g.ag_suspended)
a = g.__anext__()
print(type(a).__name__, a.__await__() is a, iter(a) is a)
print(step(a))
try:
    a.send(None)
except RuntimeError as e:
    print(e)
s = g.asend("hello")
print(step(s))
print(g.ag_running, type(g.ag_await).__name__)
print(step(s, "sent through"))
t = g.athrow(KeyError("k"))
print(type(t).__name__)
print(step(t))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(g.ag_frame, g.ag_suspended)
c = g.aclose()
print(step(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)


async def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally runs")
        await Yield()
        print("finally done")


g = with_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print(step(c))
print(step(g.__anext__()))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_exit()
step(g.__anext__())
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(e)


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


g = raises_stop_async()
step(g.__anext__())
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))


async def raises_stop():
    yield 1
    raise StopIteration


g = raises_stop()
step(g.__anext__())
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print(e)


async def simple():
    yield 1


g = simple()
try:
    g.asend(5).send(None)
except TypeError as e:
    print(e)
g = simple()
t = g.athrow(ValueError("fresh"))
try:
    t.send(None)
except ValueError as e:
    print("athrow on fresh", repr(e))
print(step(g.aclose()))

g = simple()
print(step(g.__anext__()))
t = g.athrow(IndexError)
try:
    t.send(None)
except IndexError as e:
    print("athrow class", repr(e))
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.athrow(ValueError)))


async def returns_late():
    try:
        yield 1
    except ValueError:
        return


g = returns_late()
step(g.__anext__())
print(step(g.athrow(ValueError)))

g = simple()
a1 = g.__anext__()
print(step(a1))
print(a1.close())
a2 = g.__anext__()
print(a2.close(), step(g.__anext__()))
g = with_finally()
step(g.__anext__())
a = g.asend(None)
print(step(a))
print(a.throw(GeneratorExit) if False else "skip")
t = g.aclose()
print(step(t))
print(t.close())
