print("pong start")
import ping
print("pong sees ping partially:", hasattr(ping, "ping"))


def pong(n):
    return "pong" if n <= 0 else ping.ping(n - 1)
