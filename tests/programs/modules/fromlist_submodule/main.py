from pkg import sub
print(sub.NAME)
from pkg import sub, other
print(other.NAME)
import pkg
print(pkg.sub is sub, hasattr(pkg, "other"))
try:
    from pkg import missing
except ImportError as e:
    print(str(e).split(" (")[0])
