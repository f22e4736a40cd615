# try/except/else/finally, exception attributes, custom exceptions and re-raising.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("error:", e, type(e).__name__, e.args)
        return None
    else:
        print("ok")
        return result
    finally:
        print("finally")

print(divide(1, 2), divide(1, 0))

class AppError(Exception):
    pass

try:
    raise AppError("bad thing", 42)
except Exception as e:
    print(repr(e), str(e), e.args)

try:
    try:
        {}["missing"]
    except KeyError as e:
        print("key error", e)
        raise
except LookupError as e:
    print("outer", repr(e))

for exc in (ValueError("v"), TypeError(), IndexError("i", 2)):
    print(repr(exc), str(exc))
