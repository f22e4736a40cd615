# Invalid arguments to ExceptionGroup and their messages.
cases = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup(5, [ValueError()]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
]
for make in cases:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
