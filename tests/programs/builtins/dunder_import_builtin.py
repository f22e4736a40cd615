m = __import__("sys")
print(m.__name__)
import builtins
print(builtins.__import__ is __import__)
math = __import__("math", globals(), locals(), [], 0)
print(math.sqrt(9))
try:
    __import__("no_module_like_this")
except ModuleNotFoundError as e:
    print(e)
try:
    __import__()
except TypeError as e:
    print(type(e).__name__)
