# Truth values and len() of every builtin container, empty and not.
for obj in [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), "", " ", range(0), range(1), b"", bytearray(b"x")]:
    print(repr(obj), bool(obj), len(obj))
print(not [], not [[]], [] or "default", [1] and "second", {} == dict(), [] == ())
