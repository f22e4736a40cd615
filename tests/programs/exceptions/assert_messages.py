# assert raises AssertionError with the message expression, evaluated only on failure.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(3))
for value in [0, -2]:
    try:
        check(value)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert [], "empty list"
except AssertionError as e:
    print(repr(e))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
