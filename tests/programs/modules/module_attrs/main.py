import mod
import pkg
import pkg.leaf

print(mod.__name__, repr(mod.__package__), mod.__doc__)
print(mod.__file__, mod.__spec__.name, mod.__spec__.origin)
print(mod.__spec__.parent == "", mod.__spec__.submodule_search_locations)
print(mod.__spec__.has_location, mod.__spec__.loader is mod.__loader__)
print(pkg.__name__, pkg.__package__, pkg.__file__)
print(pkg.__path__, pkg.__spec__.submodule_search_locations)
print(pkg.leaf.__package__, pkg.leaf.__spec__.parent, pkg.leaf.__file__)
print(repr(pkg.leaf))
print(__name__, __package__, __spec__, __file__)
print(mod.report())
keys = [k for k in vars(mod) if k.startswith("__")]
print(keys)
