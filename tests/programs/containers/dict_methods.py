# dict methods: get, setdefault, pop, popitem (LIFO), update forms, fromkeys, copy, clear, and constructors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
d.update(z=0)
print(d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
e = d.copy()
e["new"] = 1
print(d, e, d == e)
e.clear()
print(e, len(e))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))))
print(dict(), {}, {1: 1, 1.0: 2, True: 3})
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
d2 = {}
d2[(1, 2)] = "t"
d2[None] = "n"
d2[2.5] = "f"
print(d2, d2[(1, 2)], None in d2, 2.5 in d2)
