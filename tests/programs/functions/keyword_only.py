# Keyword-only and positional-only parameters, and the errors for misuse.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
for call in (lambda: f(1, 2, 3, 4), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3), lambda: f(1, 2, 3, d=4, z=1)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
