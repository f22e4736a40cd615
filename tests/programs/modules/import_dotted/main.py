import a.b.c
print(a.__name__, a.b.__name__, a.b.c.__name__)
print(a.b.c.deep())
import a.b.c as leaf
print(leaf.deep(), leaf is a.b.c)
from a.b import c as c2
print(c2 is leaf)
from a import b
print(b.c is leaf)
import sys
print(sorted(k for k in sys.modules if k == "a" or k.startswith("a.")))
