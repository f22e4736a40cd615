# with_traceback(None) drops the old entries: only the new raise point is shown.
def first():
    raise KeyError("first")

try:
    first()
except KeyError as e:
    saved = e
print(saved.__traceback__ is not None)
raise saved.with_traceback(None)
