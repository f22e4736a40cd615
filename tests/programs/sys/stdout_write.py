import sys
n = sys.stdout.write("written directly\n")
print(n)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable())
print(sys.__stdout__ is not None, sys.__stderr__ is not None)
