with open("notes.txt", "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.write("third")
    print(f.closed, f.mode, f.name, f.writable(), f.readable())
print(f.closed)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open("notes.txt") as f:
    print(f.readlines())
with open("notes.txt") as f:
    for n, line in enumerate(f):
        print(n, line.rstrip())
with open("notes.txt", "r") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read()))
f = open("notes.txt")
print(type(f).__name__, f.readable(), f.writable())
f.close()
f.close()
