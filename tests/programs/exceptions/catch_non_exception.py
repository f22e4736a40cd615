# Catching something that is not an exception class is a TypeError when the clause is tested.
try:
    try:
        raise ValueError("v")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except (ValueError, "str"):
        print("matched before the bad entry")
except TypeError as e:
    print("TypeError:", e)
