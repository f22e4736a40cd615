try:
    import first
except ImportError as e:
    print(type(e).__name__)
    msg = str(e)
    print(msg[: msg.index(" (most")] if "(most" in msg else msg)
    print("most likely due to a circular import" in msg)
import sys
print("first" in sys.modules, "second" in sys.modules)
