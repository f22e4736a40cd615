# int.to_bytes and int.from_bytes: byte orders, signed values, defaults and overflow errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4))
print((255).to_bytes(), (-1).to_bytes(1, signed=True), (-129).to_bytes(2, "big", signed=True))
print((2**64 - 1).to_bytes(8, "little"), (0).to_bytes(0, "big"), (1).to_bytes(length=3, byteorder="little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b""))
print(int.from_bytes(b"\x01" * 10, "little"))
for call in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(2, 'big')", "(128).to_bytes(1, 'big', signed=True)",
             "(1).to_bytes(-1, 'big')", "(1).to_bytes(2, 'middle')", "int.from_bytes('ab', 'big')"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
