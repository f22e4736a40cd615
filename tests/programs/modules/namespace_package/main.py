import space.inner
print(space.inner.VALUE)
import space
print(space.__file__ if hasattr(space, "__file__") else "no file attr", space.__spec__.origin)
print(all(p.endswith("space") for p in space.__path__))
from space import inner
print(inner is space.inner)
print(repr(space).startswith("<module 'space' (namespace) from ["))
