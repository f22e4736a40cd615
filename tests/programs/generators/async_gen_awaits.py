# Async generators that await: values passed through to the driver, throw/close while suspended in an await.
class Yield:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        try:
            return (yield self.tag)
        except GeneratorExit:
            print("Yield", self.tag, "closed")
            raise
        except Exception as e:
            print("Yield", self.tag, "saw", repr(e))
            raise


def drive(awaitable, sends=()):
    """Runs an awaitable to completion, printing what its awaits yield and sending the given values back."""
    sends = list(sends)
    value = None
    while True:
        try:
            out = awaitable.send(value)
        except StopIteration as e:
            return e.value
        print("  passed through:", out)
        value = sends.pop(0) if sends else None


async def ticker(n):
    for i in range(n):
        got = await Yield(f"tick{i}")
        yield (i, got)


g = ticker(3)
print(drive(g.__anext__(), ["a"]))
print(drive(g.asend(None), ["b"]))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")


async def guarded():
    try:
        await Yield("guard")
        yield "never"
    except ValueError as e:
        print("guarded caught", repr(e))
        yield "after error"
    finally:
        print("guarded finally")


g = guarded()
a = g.__anext__()
print(a.send(None))
print(type(g.ag_await).__name__, g.ag_running)
try:
    a.throw(ValueError("into the await"))
except StopIteration as e:
    print("asend finished with", e.value)
print(drive(g.aclose()))

g = guarded()
a = g.__anext__()
a.send(None)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(e)
print(a.close())
print(g.ag_frame)

g = guarded()
print(drive(g.__anext__()))
t = g.athrow(ValueError("athrow at a yield"))
try:
    print(t.send(None))
except StopIteration as e:
    print("athrow result", e.value)
print(drive(g.aclose()))


async def consumer():
    results = []
    async for pair in ticker(2):
        results.append(pair)
    squares = [x * x async for x in (i async for i, _ in ticker(3))]
    return results, squares


print(drive(consumer(), ["s1", "s2"]))


async def source():
    yield 1
    await Yield("mid")
    raise LookupError("source broke")


async def broken_consumer():
    async for item in source():
        print("item", item)


drive(broken_consumer())
