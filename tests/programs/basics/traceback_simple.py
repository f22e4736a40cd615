# An uncaught exception raised two calls deep: CPython's traceback text and exit status 1.
def inner(x):
    raise ValueError(f"bad value {x}")

def outer():
    inner(42)

print("before")
outer()
