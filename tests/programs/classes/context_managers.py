# __enter__/__exit__ on classes: values bound by as, exceptions passed to __exit__, suppression.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracker("a") as t:
    print("body", t.name)
with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tracker("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Tracker("outer"), Tracker("inner"):
    print("nested body")
class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print(e)
