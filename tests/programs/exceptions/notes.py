# add_note appends to __notes__; errors for bad notes and a non-list __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = ("a tuple",)
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)
f = KeyError("k")
f.__notes__ = ["preset"]
f.add_note("added")
print(f.__notes__)
