# A bare raise re-raises the exception currently being handled, even after a nested handler finished.
def inner():
    try:
        raise ValueError("outer one")
    except ValueError:
        try:
            raise KeyError("inner one")
        except KeyError:
            pass
        raise

try:
    inner()
except Exception as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
