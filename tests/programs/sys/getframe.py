# sys._getframe: the running frame and its callers, as frame objects.
import sys


def inner():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name)
    print(sys._getframe(2).f_code.co_name)
    print(sorted(sys._getframe(1).f_locals), f.f_globals is globals())
    try:
        sys._getframe(1000)
    except ValueError as e:
        print("ValueError:", e)


def outer():
    marker = 1
    inner()


outer()
print(sys._getframe().f_code.co_name, type(sys._getframe()).__name__)
