# assert with and without messages, del of names, items, slices and attributes.
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("bare", repr(e))
x = 5
del x
try:
    x
except NameError as e:
    print(e)
xs = list(range(8))
del xs[0], xs[-1]
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
