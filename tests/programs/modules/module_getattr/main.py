import lazy
print(lazy.real)
print(lazy.virtual)
try:
    lazy.missing_thing
except AttributeError as e:
    print(e)
import plainmod
try:
    plainmod.nothing
except AttributeError as e:
    print(e)
from lazy import computed
print(computed)
