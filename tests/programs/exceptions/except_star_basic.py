# except* handles the matching part of a group; each clause sees its own sub-group.
try:
    raise ExceptionGroup("errors", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
print("after")
