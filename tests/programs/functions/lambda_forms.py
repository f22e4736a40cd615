# Lambdas with defaults, varargs, keyword-only parameters and immediate calls.
f = lambda a, b=2, *rest, c=3, **kw: (a, b, rest, c, sorted(kw))
print(f(1), f(1, 5, 6, c=7, z=0), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
ops = {"add": lambda x, y: x + y, "mul": lambda x, y: x * y}
print({name: op(3, 4) for name, op in ops.items()}, f.__name__, (lambda: 0).__qualname__)
