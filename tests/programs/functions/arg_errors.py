# CPython's messages for wrong argument counts and duplicate values.
def g(x, y=1):
    return x + y

def h(*, key):
    return key

tests = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: g(z=3),
    lambda: h(1),
    lambda: h(),
    lambda: (lambda a, b, c: 0)(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
