# NameError.name and AttributeError.name/obj identify what was missing.
try:
    undefined_variable
except NameError as e:
    print(e.name, "|", e)
class Box:
    pass
b = Box()
try:
    b.lid
except AttributeError as e:
    print(e.name, e.obj is b, "|", e)
n = NameError("custom", name="thing")
print(n.name, n.args)
a = AttributeError("x", name="attr", obj=5)
print(a.name, a.obj, a.args)
print(NameError("m").name, AttributeError().obj)
try:
    NameError("m", other=1)
except TypeError as t:
    print("TypeError:", t)
