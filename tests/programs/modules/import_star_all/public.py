__all__ = ["visible", "CONSTANT"]
CONSTANT = 42


def visible():
    return "visible"


def hidden():
    return "hidden"


def helper():
    return "helper"


_private = 1
