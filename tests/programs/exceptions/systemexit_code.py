# SystemExit.code: None, the single argument, or the tuple of arguments.
for args in [(), (0,), (3,), ("message",), (1, 2)]:
    e = SystemExit(*args)
    print(args, "->", e.code)
try:
    raise SystemExit(2)
except SystemExit as e:
    print("caught exit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
