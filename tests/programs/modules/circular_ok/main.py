import ping
print(ping.ping(3))
import pong
print(pong.pong(2))
print(ping.pong is pong, pong.ping is ping)
