import sys


def stop(reason):
    print("stopping:", reason)
    sys.exit(reason == "bad")


stop("bad")
