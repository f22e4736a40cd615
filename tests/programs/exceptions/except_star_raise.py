# Raising inside except* clauses: new exceptions and re-raised ones are combined.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
except BaseException as e:
    print(type(e).__name__, repr(e))
    for sub in e.exceptions:
        print("  ", repr(sub))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError):
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
