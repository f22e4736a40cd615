real = "real attribute"


def __getattr__(name):
    if name in ("virtual", "computed"):
        return f"made up {name}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
