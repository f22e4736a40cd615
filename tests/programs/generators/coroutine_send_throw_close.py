# The coroutine protocol by hand: send values through awaits, throw into suspended awaits, close and GeneratorExit.
class Suspend:
    """Yields once to whoever drives the coroutine, then returns what was sent back."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        received = yield self.tag
        return received


async def echo():
    total = 0
    while True:
        try:
            got = await Suspend(f"total={total}")
        except ValueError as e:
            print("echo caught", e)
            got = 100
        if got is None:
            return total
        total += got


c = echo()
print(c.send(None))
print(c.send(5))
print(c.send(7))
print(c.throw(ValueError("bad")))
print(type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
try:
    c.throw(ValueError("late"))
except RuntimeError as e:
    print(e)
print(c.close())


async def cleanup():
    try:
        await Suspend("waiting")
    finally:
        print("cleanup ran")


c = cleanup()
c.send(None)
print(c.close())
print(c.cr_frame)


async def stubborn():
    try:
        await Suspend("stubborn")
    except GeneratorExit:
        await Suspend("again")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)


async def returns_on_close():
    try:
        await Suspend("x")
    except GeneratorExit:
        return "closing value"


c = returns_on_close()
c.send(None)
print(c.close())

c = echo()
print(c.close(), c.cr_frame)
c = echo()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()


async def inner():
    try:
        return await Suspend("inner waits")
    except KeyError as e:
        print("inner caught", repr(e))
        return "inner result"


async def outer():
    value = await inner()
    print("outer got", value)
    return value


c = outer()
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("done", e.value)

c = outer()
c.send(None)
try:
    c.throw(TypeError)
except TypeError as e:
    print("propagated", repr(e))

c = outer()
c.send(None)
try:
    c.throw(OSError)
except OSError as e:
    print("built", repr(e))


class LoggingIter:
    """An await target with its own throw and close."""

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def throw(self, exc):
        print("LoggingIter.throw", type(exc).__name__ if isinstance(exc, BaseException) else exc.__name__)
        raise StopIteration("from throw")

    def close(self):
        print("LoggingIter.close")


async def awaits_logging():
    v = await LoggingIter()
    print("awaits_logging got", v)
    return v


c = awaits_logging()
print(c.send(None))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("returned", e.value)

c = awaits_logging()
c.send(None)
c.close()
print(c.cr_suspended, c.cr_frame)
