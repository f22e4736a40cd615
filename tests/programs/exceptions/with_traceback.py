# with_traceback replaces __traceback__ and returns the exception itself.
def fail():
    raise KeyError("x")

try:
    fail()
except KeyError as e:
    tb = e.__traceback__
new = RuntimeError("again")
print(new.with_traceback(tb) is new)
print(new.__traceback__ is tb)
new.__traceback__ = None
print(new.__traceback__)
try:
    new.with_traceback("not a traceback")
except TypeError as t:
    print("TypeError:", t)
try:
    new.__traceback__ = 3
except TypeError as t:
    print("TypeError:", t)
