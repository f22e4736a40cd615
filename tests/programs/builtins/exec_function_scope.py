def run():
    ns = {}
    exec("a = 1\nb = a + 1", globals(), ns)
    return ns


print(run())


def make_adder(n):
    src = f"def add(x):\n    return x + {n}\n"
    space = {}
    exec(src, space)
    return space["add"]


add5 = make_adder(5)
print(add5(10), add5.__name__)
shared = {"items": []}
for i in range(3):
    exec("items.append(i * i)", shared, {"i": i})
print(shared["items"])
exec("global_from_exec = 'set'", globals())
print(global_from_exec)
