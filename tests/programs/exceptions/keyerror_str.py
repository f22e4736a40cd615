# KeyError's str is the repr of its key when it has exactly one argument.
for args in [(), ("k",), (1,), (("a", "b"),), ("a", "b"), ("",)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e))
try:
    {"x": 1}["y"]
except KeyError as e:
    print("caught", e, e.args)
