# Arbitrary precision ints: big products, powers, factorials, digit sums and negative values.
f = 1
for i in range(1, 61):
    f *= i
print(f, len(str(f)), sum(int(d) for d in str(f)))
print(2 ** 200, -(3 ** 100), 7 ** 77 % 1000, (10 ** 50 + 1) * (10 ** 50 - 1))
a = 123456789123456789123456789
b = 987654321987654321
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b, abs(-a), -a)
print(a > b, a == a + 0, a != b, max(a, b), min(-a, b), a.bit_length())
print(9007199254740991 + 1, 9007199254740992 + 1, 2 ** 53 * 2 ** 53, -9007199254740993 - 1, 3 * 3002399751580331)
print(int("9" * 50) + 1, str(-10 ** 40), repr(2 ** 64), 10 ** 18 * 10 ** 18)
