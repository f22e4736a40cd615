# ImportError's msg, name, path and name_from, and its str.
e = ImportError("cannot load", name="pkg", path="/lib/pkg.py")
print(e.msg, e.name, e.path, e.name_from, str(e))
e2 = ImportError()
print(e2.msg, e2.name, repr(str(e2)))
e3 = ImportError("a", "b")
print(e3.msg, str(e3))
m = ModuleNotFoundError("No module named 'nope'", name="nope")
print(type(m).__mro__[1].__name__, m.name, str(m))
try:
    import module_that_does_not_exist
except ModuleNotFoundError as err:
    print("caught:", err, "| name:", err.name)
