# Arbitrary-precision integers: factorials and powers.
f = 1
for i in range(1, 4000):
    f *= i
p = 3 ** 20000
print(f.bit_length(), p % 1000007, (f // p) % 97, len(str(f % 10 ** 1000)))
