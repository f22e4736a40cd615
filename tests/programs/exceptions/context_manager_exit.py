# __exit__ receives the exception type, value and traceback, and can suppress it.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        print("exit:", typ.__name__ if typ else None, value, type(tb).__name__)
        return self.suppress

with Guard(True):
    raise ValueError("suppressed")
print("continued")
try:
    with Guard(False):
        raise KeyError("passed on")
except KeyError as e:
    print("outer caught", repr(e))
with Guard(False):
    print("no error")
