data = bytes(range(250, 256)) + b"\nabc"
with open("blob.bin", "wb") as f:
    print(f.write(data), type(f).__name__)
with open("blob.bin", "rb") as f:
    content = f.read()
    print(content, len(content), type(f).__name__)
with open("blob.bin", "rb") as f:
    print(f.readline(), f.read(2), f.read())
with open("text.txt", "w") as f:
    f.write("h\u00e9llo \u2713\n")
with open("text.txt", "rb") as f:
    print(f.read())
with open("text.txt") as f:
    print(f.read())
try:
    with open("blob.bin", "wb") as f:
        f.write("not bytes")
except TypeError as e:
    print(e)
