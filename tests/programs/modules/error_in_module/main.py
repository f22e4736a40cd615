import sys
try:
    import broken
except ZeroDivisionError as e:
    print("caught", e)
print("broken" in sys.modules)
import good
print(good.value)
import broken
