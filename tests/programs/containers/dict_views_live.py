# Dict views stay live: they reflect later inserts and deletes, compare with sets, and iterate in insertion order.
d = dict.fromkeys(range(3), 0)
keys, values, items = d.keys(), d.values(), d.items()
d[10] = 1
del d[0]
print(keys, values, items, len(keys))
print(keys == {1, 2, 10}, items == {(1, 0), (2, 0), (10, 1)}, keys != {1}, values == values)
print(sorted(keys - {1}), sorted(keys | {99}), keys & {2, 10, 50}, sorted(items - {(1, 0)}))
print({1, 2} <= keys, keys >= {10}, keys > keys, keys.isdisjoint({7, 8}))
print({5} | keys, {(1, 0)} & items)
it = iter(keys)
print(next(it))
d[99] = 99
try:
    next(it)
except RuntimeError as e:
    print(e)
d.clear()
print(keys, values, items, bool(keys))
try:
    {[]: 1}.keys()
except TypeError as e:
    print(e)
