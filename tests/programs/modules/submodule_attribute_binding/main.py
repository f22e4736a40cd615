import pkg
print(hasattr(pkg, "late"))
import pkg.late
print(hasattr(pkg, "late"), pkg.late.NAME)
del pkg.late
print(hasattr(pkg, "late"))
import pkg.late
print(hasattr(pkg, "late"))
from pkg import late
print(late.NAME)
