import helper

print(helper.greet("world"))
print(helper.COUNT, helper.__name__)
print(helper.__doc__)
print(repr(helper).startswith("<module 'helper' from "), repr(helper).endswith("helper.py'>"))
print(type(helper).__name__, type(helper.greet).__name__)
helper.COUNT += 5
print(helper.bump(), helper.COUNT)
import helper as h2
print(h2 is helper)
print(type(helper.__builtins__).__name__)
ns = {}
exec("pass", ns)
print(ns["__builtins__"] is helper.__builtins__)
