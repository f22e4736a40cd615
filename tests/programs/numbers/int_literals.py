# Integer and float literals in every base, with underscores, and how they print.
print(0b1010, 0o777, 0xDEAD_BEEF, 1_000_000, 0B1, 0O7, 0X_f, 00, 0_0)
print(1_0.5, 1e1_0, 0.000_1, 1_2e-1_2, .5e3, 5.e-1, 1E+2)
print(0xffffffffffffffffffff, -0o1234567012345670123, 0b1 << 64)
print(type(1e3).__name__, type(10 ** 3).__name__, 1e3 == 1000, 12345678901234567890123 % 97)
