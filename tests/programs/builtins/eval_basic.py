print(eval("1 + 2 * 3"), eval("  40 + 2"), eval("\t'tab'"))
x = 10
print(eval("x * 2"), eval("x", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
print(eval("[i * i for i in range(4)]"))
print(eval(compile("x - 1", "<e>", "eval")))
print(eval(b"3 ** 2"))
print(eval("len", {}) is len)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))


class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 99
        raise KeyError(key)


print(eval("magic + 1", {}, Mapping()))


def scope():
    local = "local value"
    return eval("local")


print(scope())
