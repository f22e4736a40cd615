# Integer and float arithmetic, including floor division and modulo with negative operands.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(1.5 + 2, 3 * 0.1, 10 / 4, 2 ** -1, 7.5 // 2, -7.5 % 2)
print(2 ** 100, -(2 ** 64) + 1, (10 ** 20) // 7, (10 ** 20) % 7)
print(abs(-5), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(3, 4))
print(1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 0.1 + 0.2, 1e300 * 10)
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 40, -16 >> 2)
