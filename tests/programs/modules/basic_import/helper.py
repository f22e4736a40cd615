"""A small helper module."""
COUNT = 1


def greet(name):
    return f"hello, {name}"


def bump():
    global COUNT
    COUNT += 1
    return COUNT
