# Raising objects that are not exceptions, and raising classes.
for value in [5, "text", None, object()]:
    try:
        raise value
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("instance created:", repr(e))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError("k") from IndexError
except KeyError as e:
    print("cause:", repr(e.__cause__))
