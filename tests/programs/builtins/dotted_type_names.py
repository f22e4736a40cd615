# Error messages name builtin types of modules by their dotted tp_name, as CPython does.
import sys, time
t = t"x{1}"
try: "a" + t
except TypeError as e: print(e)
try: t.nope
except AttributeError as e: print(e)
try: time.gmtime(0) + 1
except TypeError as e: print(e)
try: sys.flags()
except TypeError as e: print(e)
try: sys.flags[0:1] + 1
except TypeError as e: print(e)
try: t + 1
except TypeError as e: print(e)
try: iter(sys.version_info).nope
except AttributeError as e: print(e)
print(repr(t), type(t))
