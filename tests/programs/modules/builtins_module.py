import builtins
print(builtins.len("abc"), builtins.__name__, repr(builtins))
print(builtins.print is print, builtins.int is int)
builtins.shout = lambda s: s.upper()
print(shout("added to builtins"))
del builtins.shout
try:
    shout("x")
except NameError as e:
    print(e)
import sys
print(sys.modules["builtins"] is builtins, repr(sys))
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
