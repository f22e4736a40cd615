# __cause__, __context__ and __suppress_context__ as set by raise and except.
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError("converted") from z
    except ValueError as v:
        return v

v = chain()
print(type(v.__cause__).__name__, type(v.__context__).__name__, v.__suppress_context__)
e = RuntimeError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)
try:
    e.__context__ = "x"
except TypeError as t:
    print("TypeError:", t)
try:
    raise IndexError("i") from None
except IndexError as i:
    print(i.__cause__, i.__suppress_context__)
