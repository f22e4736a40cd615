# raise ... from None hides the context; the context is still recorded on the exception.
def to_number(text):
    try:
        return float(text)
    except ValueError:
        raise TypeError(f"expected a number, got {text!r}") from None

try:
    to_number("abc")
except TypeError as e:
    print("context kept:", type(e.__context__).__name__, e.__suppress_context__)
to_number("xyz")
