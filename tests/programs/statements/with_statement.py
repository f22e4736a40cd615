# Context managers: __enter__/__exit__ order, exceptions passed to __exit__, suppression.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as m, Managed("b"):
    print("body", m.name)

with Managed("quiet", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Managed("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
