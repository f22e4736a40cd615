import sys
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
main = sys.modules["__main__"]
print(main.__name__, main.__dict__ is globals())
x = 41
print(main.x + 1)
import builtins
print(sys.modules["builtins"] is builtins)
print("no_such" in sys.modules)
