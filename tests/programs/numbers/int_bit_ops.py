# int bit operations: bit_length, bit_count, & | ^ ~ << >> with negative and big operands.
for n in [0, 1, -1, 7, -8, 255, 256, 2**63, -(2**63), 2**100 - 1]:
    print(n, n.bit_length(), n.bit_count())
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, -a & b, -a | b, -a ^ b)
big = 2**70 + 12345
print(big & 0xFFFF, big | 1, big ^ big, ~big, -big & (2**64 - 1), (-big) >> 3, big >> 69)
print(1 << 100, -1 << 65, (1 << 100) >> 98, -5 >> 1, -5 >> 100, 5 >> 100)
print(True & 3, True | 2, True ^ True, False << 5)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -3)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError:", e)
