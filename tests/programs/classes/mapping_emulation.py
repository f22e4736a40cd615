# A user mapping: __getitem__/__setitem__/__delitem__/__len__/__iter__/keys, used by dict(), ** and update.
class Registry:
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def keys(self):
        return self._d.keys()
    def __contains__(self, k):
        return k.lower() in self._d
r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["alpha"], "beta" in r, "Beta" in r, len(r), list(r))
print(dict(r), {**r, "gamma": 3})
d = {}
d.update(r)
print(d)
del r["ALPHA"]
print(dict(r))
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)
def f(**kw):
    return kw
print(f(**r))
class NoKeys:
    def __getitem__(self, k):
        return k
try:
    dict(NoKeys())
except TypeError as e:
    print(e)
try:
    {**NoKeys()}
except TypeError as e:
    print(e)
