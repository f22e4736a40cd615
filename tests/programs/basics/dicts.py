# dict creation, insertion order, views, get/pop/setdefault and comprehensions.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("x", 9), d)
print({k: v * 2 for k, v in d.items()}, dict(a=1, b=2), dict([("p", 1), ("q", 2)]))
for k in d:
    print(k, d[k])
d.update({"a": 100}, y=5)
print(d, {1: "int", 1.0: "float", True: "bool"})
