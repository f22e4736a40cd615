print(globals() is globals(), locals() is globals())
print("__name__" in globals(), globals()["__name__"])
counter = 1
globals()["counter"] += 1
print(counter)
globals()["made_up"] = "created"
print(made_up)


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))


def g():
    x = 1
    snapshot = locals()
    x = 2
    return snapshot["x"], locals()["x"]


print(g())


def h():
    return globals() is h.__globals__


print(h())


class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(C.names)
