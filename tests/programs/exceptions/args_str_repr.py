# args, str and repr of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(("t",)), KeyError(), TypeError(None)]:
    print(repr(e), "|", str(e), "|", e.args)
e = RuntimeError("x")
e.args = ("changed", 1)
print(repr(e), str(e))
e.args = ["list", "becomes", "tuple"]
print(e.args, type(e.args).__name__)
