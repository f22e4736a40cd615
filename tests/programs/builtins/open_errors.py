try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, e.filename)
    print(str(e).endswith("No such file or directory: 'missing.txt'"))
    print(isinstance(e, OSError), e.args[1:])
for mode in ["q", "rw", "rbt"]:
    try:
        open("x.txt", mode)
    except ValueError as e:
        print(e)
f = open("w.txt", "w")
f.close()
try:
    f.write("late")
except ValueError as e:
    print(e)
with open("w.txt") as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open("w.txt", "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
try:
    with open("w.txt") as f:
        f.write(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    open("w.txt", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open("nowhere/deep.txt")
except OSError as e:
    print(type(e).__name__, e.filename)
