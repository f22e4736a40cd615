# Exceptions raised in handlers get the handled exception as __context__, across frames too.
def helper():
    raise KeyError("from helper")

try:
    try:
        raise ValueError("first")
    except ValueError:
        helper()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
    print(e.__context__.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as again:
    print("self context avoided:", again.__context__)
