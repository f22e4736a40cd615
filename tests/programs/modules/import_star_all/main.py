from public import *

print(visible(), CONSTANT)
print("hidden" in dir(), "_private" in dir(), "helper" in dir())
import public
print(sorted(public.__all__))
