import sys
import counter
import counter
print(counter.loads)
from counter import loads
print(loads)
print(sys.modules["counter"] is counter)
del sys.modules["counter"]
import counter as again
print(again is counter, again.loads)
sys.modules["fake"] = "I am not a module"
import fake
print(fake)
sys.modules["gone"] = None
try:
    import gone
except ImportError as e:
    print(type(e).__name__, e)
