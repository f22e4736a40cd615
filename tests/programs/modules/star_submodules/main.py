from kit import *
print(hammer.USE, saw.USE, VERSION)
print("drill" in dir())
import sys
print(sorted(k for k in sys.modules if k.startswith("kit")))
