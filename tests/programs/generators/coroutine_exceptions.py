# Exceptions through chains of awaits: raised, caught, re-raised, chained, and finally blocks on the way out.
import sys


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")


async def fail(msg):
    raise ValueError(msg)


async def middle(msg):
    try:
        return await fail(msg)
    finally:
        print("middle finally")


async def top():
    try:
        await middle("boom")
    except ValueError as e:
        print("top caught", e)
        return "recovered"


print(run(top()))


async def chained():
    try:
        await fail("inner")
    except ValueError as e:
        raise KeyError("outer") from e


try:
    run(chained())
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


async def implicit_context():
    try:
        await fail("first")
    except ValueError:
        await fail("second")


try:
    run(implicit_context())
except ValueError as e:
    print(repr(e), repr(e.__context__))


async def sees_exception():
    try:
        raise TypeError("handled")
    except TypeError:
        print("inside", repr(sys.exception()))
        await add_one(1)
        print("still", repr(sys.exception()))
    print("after", sys.exception())


async def add_one(x):
    print("callee sees", repr(sys.exception()))
    return x + 1


run(sees_exception())


async def raises_stop():
    raise StopIteration("no")


try:
    run(raises_stop())
except RuntimeError as e:
    print(e, repr(e.__cause__))


async def nested_handlers():
    results = []
    for exc in (ValueError, KeyError, IndexError):
        try:
            try:
                raise exc("x")
            except ValueError:
                results.append("value")
                await add_one(0)
        except LookupError as e:
            results.append(type(e).__name__)
    return results


print(run(nested_handlers()))


async def level3():
    raise ZeroDivisionError("deep down")


async def level2():
    await level3()


async def level1():
    await level2()


run(level1())
