NAME = "tool"


def twice(x):
    return 2 * x
