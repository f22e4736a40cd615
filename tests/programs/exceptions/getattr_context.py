# AttributeError raised by __getattr__ gets the name and object filled in by the attribute lookup.
class Lazy:
    loaded = True

    def __getattr__(self, name):
        raise AttributeError(f"{name} is not loaded")

obj = Lazy()
try:
    obj.missing
except AttributeError as e:
    print(e, "|", e.name, e.obj is obj)
try:
    Lazy.absent
except AttributeError as e:
    print(e, "|", e.name, e.obj is Lazy)
try:
    getattr(5, "nope")
except AttributeError as e:
    print(e)
err = AttributeError("preset", name="kept", obj=1)
print(err.name, err.obj)
