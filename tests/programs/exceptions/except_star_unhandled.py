# The unmatched rest of a group propagates to an outer handler.
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError(2), KeyError(3)])
    except* ValueError as eg:
        print("handled", eg.exceptions)
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raise ExceptionGroup("only", [ValueError(1)])
    except* ValueError:
        print("all handled")
except Exception as e:
    print("unexpected", e)
else:
    print("nothing left")
