# sys.tracebacklimit: each traceback of a chain keeps its innermost entries; zero or less prints none.
import sys


def g(n):
    if n == 0:
        raise ValueError("x")
    g(n - 1)


for lim in (2, 0, -3, True):
    sys.tracebacklimit = lim
    try:
        g(3)
    except ValueError as e:
        sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 1
try:
    g(2)
except ValueError:
    raise KeyError("k")
