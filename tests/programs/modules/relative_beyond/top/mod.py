try:
    from ... import nothing
except ImportError as e:
    print(e)
from . import sibling
print(sibling.S)
from .sibling import S as renamed
print(renamed)
