# except with a tuple of types, and with a type stored in a variable.
errors = (KeyError, IndexError)
for make in [lambda: {}["a"], lambda: [][1], lambda: int("x")]:
    try:
        make()
    except errors as e:
        print("lookup", type(e).__name__)
    except ValueError as e:
        print("value", e)
handler = ZeroDivisionError
try:
    1 / 0
except handler as e:
    print("caught", e)
