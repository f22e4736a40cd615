# `is` with a literal warns at compile time, before anything runs; the comparison still runs.
x = 1000
print("start")
if x is 1000:
    print("same object")
print(x is not "a", x is None)
