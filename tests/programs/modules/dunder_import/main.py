m = __import__("pkg.sub")
print(m.__name__)
s = __import__("pkg.sub", fromlist=["f"])
print(s.__name__, s.f())
s2 = __import__("pkg", globals(), None, ["sub"], 0)
print(s2.__name__, s2.sub.f())
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__("sub", level=1)
except ImportError as e:
    print(e)
try:
    __import__("pkg", level=-1)
except ValueError as e:
    print(e)
