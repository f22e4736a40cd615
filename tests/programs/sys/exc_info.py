import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is not None, sys.exception() is e)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[1]


print(repr(handler()))
