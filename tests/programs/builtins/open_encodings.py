with open("l1.txt", "w", encoding="latin-1") as f:
    f.write("caf\xe9\n")
    print(f.encoding, repr(f))
with open("l1.txt", "rb") as f:
    print(f.read())
with open("l1.txt", encoding="latin-1") as f:
    print(f.read())
try:
    open("l1.txt", encoding="ascii").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open("a.txt", "w", encoding="ascii") as f:
    try:
        f.write("\u20ac")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
try:
    open("a.txt", encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
with open("a.txt", "w", encoding="UTF8") as f:
    print(f.encoding)
