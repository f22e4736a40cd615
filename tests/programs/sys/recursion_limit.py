import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(e)
sys.setrecursionlimit(1000)


def depth(n):
    return n if n == 0 else depth(n - 1) + 1


print(depth(500))
