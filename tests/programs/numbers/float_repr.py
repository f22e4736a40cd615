# repr and str of floats: the shortest string that reads back, switching to exponents at 1e16 and 1e-4.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 1e16, 1e15, 123456789012345.6, 1e-4, 1e-5, 0.0001234, 1.5e-7,
          2.5, 100.0, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1 / 3,
          9007199254740993.0, 0.3, 2 / 3, 1e100, 12345678.9, 3.141592653589793, -0.0, 0.0, 4.35, 0.57]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), [1.5, -2.25], (0.5,), {1.0: 2e-9})
