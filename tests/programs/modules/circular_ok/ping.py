print("ping start")
import pong
print("ping end")


def ping(n):
    return "ping" if n <= 0 else pong.pong(n - 1)
