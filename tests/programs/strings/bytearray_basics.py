# bytearray: repr, append, extend, item and slice assignment, deletion, insert, pop, remove and clear.
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([46, 46])
print(ba, len(ba), ba[0], ba[-1], ba[1:4])
ba[0] = 72
ba[1:5] = b"EY"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[::3]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(100, 90)
ba.remove(0)
print(ba, ba.copy(), ba == bytes(ba), ba.upper(), type(ba.upper()).__name__)
ba.reverse()
print(ba)
ba += b"++"
print(ba, ba.find(b"+"), ba.count(0), ba.hex())
ba.clear()
print(ba, len(ba), bytearray(b"x'y"), bytearray())
for c in ["ba.append(256)", "ba.append('a')", "ba.pop()", "ba.remove(5)", "bytearray(b'ab')[5]", "hash(bytearray())", "ba.extend('str')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
