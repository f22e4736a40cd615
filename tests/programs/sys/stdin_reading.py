import sys
first = sys.stdin.readline()
print(repr(first))
second = input("prompt> ")
print(repr(second))
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest)
print(repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
