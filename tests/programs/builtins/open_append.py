with open("log.txt", "w") as f:
    f.write("one\n")
with open("log.txt", "a") as f:
    f.write("two\n")
    f.writelines(["three\n", "four\n"])
with open("log.txt") as f:
    print(f.read().splitlines())
with open("log.txt", "w") as f:
    pass
with open("log.txt") as f:
    print(repr(f.read()))
with open("new.txt", "x") as f:
    f.write("exclusive")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.strerror, e.filename)
with open("new.txt", "r+") as f:
    print(f.read())
