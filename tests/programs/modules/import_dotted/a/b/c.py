print("a.b.c init")


def deep():
    return "deep"
