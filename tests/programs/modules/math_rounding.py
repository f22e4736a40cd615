import math
for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 7, -7, True, 1e20, 2**70]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)


class Money:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


m = Money()
print(math.floor(m), math.ceil(m), math.trunc(m))
for bad in ["x", None]:
    try:
        math.floor(bad)
    except TypeError as e:
        print(e)
try:
    math.trunc("x")
except TypeError as e:
    print(e)
for special in [math.inf, -math.inf, math.nan]:
    try:
        math.floor(special)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
