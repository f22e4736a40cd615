alpha = "a"
_secret = "s"
__hidden = "h"


def beta():
    return "b"
