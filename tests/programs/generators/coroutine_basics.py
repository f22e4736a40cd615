# Coroutines driven by hand: await chains, return values through StopIteration, and the coroutine object's attributes.
import sys


def run(coro):
    """Drives a coroutine that never suspends for real; returns its result."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return first, second


async def nothing():
    pass


async def deep(n):
    if n == 0:
        return "bottom"
    return await deep(n - 1) + "!"


print(run(twice(5)))
print(run(nothing()))
print(run(deep(5)))

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(c.cr_code is add.__code__, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
print(c.cr_frame, c.cr_suspended)


class Holder:
    async def method(self, x):
        return await add(x, 10)


h = Holder()
c = h.method(1)
print(c.__qualname__)
c.__name__ = "renamed"
c.__qualname__ = "Holder.renamed"
print(c.__name__, c.__qualname__, repr(c).startswith("<coroutine object Holder.renamed at"))
print(run(c))

w = add(3, 4).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)


async def returns_tuple():
    return (1, 2)


try:
    returns_tuple().send(None)
except StopIteration as e:
    print(e.value, e.args)


async def returns_none_explicitly():
    return None


try:
    returns_none_explicitly().send(None)
except StopIteration as e:
    print(e.value, e.args)


async def lam_user():
    f = lambda: add(2, 3)  # noqa: E731
    return await f()


print(run(lam_user()))


async def uses_locals(n):
    total = 0
    for i in range(n):
        total += await add(i, 0)
    while total > 10:
        total = await add(total, -7)
    return total


print(run(uses_locals(6)))
print(sys.getrecursionlimit() > 0)
