import sys
data = sys.stdin.read()
print(repr(data))
print(len(data.splitlines()))
