# The exception line names the class with its module unless it is builtins or __main__.
class Outer:
    class InnerError(Exception):
        pass

class ForeignError(Exception):
    pass

ForeignError.__module__ = "shop.errors"
try:
    raise Outer.InnerError("nested class")
except Exception as e:
    print(type(e).__qualname__)
raise ForeignError("from another module")
