try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
    print(isinstance(e, ImportError))
try:
    from also_missing import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import sys.nope
except ImportError as e:
    print(type(e).__name__, e)
import not_there_either
