# dict errors: KeyError messages, unhashable keys, and mutation during iteration.
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print(repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e))
try:
    d[""]
except KeyError as e:
    print(repr(e), str(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    {1: 2}[{}]
except TypeError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
d = {i: i for i in range(5)}
try:
    for key in d:
        d[key + 100] = 0
except RuntimeError as e:
    print(e)
d = {i: i for i in range(5)}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(e)
d = {i: i for i in range(3)}
for key in d:
    d[key] = key * 10
print(d)
try:
    for key in d.values():
        d.pop(0)
except RuntimeError as e:
    print(e)
class M(dict):
    def __missing__(self, key):
        return f"missing {key}"
m = M(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
