ns = {}
result = exec("x = 6 * 7\ny = x + 1", ns)
print(result, ns["x"], ns["y"], "__builtins__" in ns)
exec("z = 100")
print(z)
g = {"base": 10}
l = {}
exec("total = base + 5", g, l)
print(l, "total" in g)
code = compile("w = base * 2", "<w>", "exec")
exec(code, g)
print(g["w"])
exec(b"from_bytes = 'yes'", ns)
print(ns["from_bytes"])
exec("def f(a, b=2):\n    return a * b\n", ns)
print(ns["f"](5), ns["f"].__name__, ns["f"].__module__)
exec("class K:\n    v = 3\n", ns)
print(ns["K"].v, ns["K"].__module__)
