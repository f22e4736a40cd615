"""Module docstring."""


def report():
    return (__name__, __package__)
