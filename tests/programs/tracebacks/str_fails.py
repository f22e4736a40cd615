# An exception whose __str__ raises: the traceback shows a placeholder message.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no string for you")

try:
    raise Broken("x")
except Broken as e:
    print("caught", type(e).__name__, e.args)
raise Broken("y")
