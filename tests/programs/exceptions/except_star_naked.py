# except* on a plain exception wraps it in an ExceptionGroup with an empty message.
try:
    raise KeyError("k")
except* LookupError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions)
try:
    raise ValueError("not matched")
except* TypeError:
    print("unreachable")
except* ValueError as eg:
    print("second clause", eg.exceptions)
