try:
    import plain.inner
except ModuleNotFoundError as e:
    print(e)
    print(e.name)
import plain
print(plain.X)
try:
    from plain import inner
except ImportError as e:
    print(str(e).split(" (")[0])
