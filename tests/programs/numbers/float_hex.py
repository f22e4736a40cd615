# float.hex and float.fromhex: exact hexadecimal forms, subnormals, rounding and errors.
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 1 / 3]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1p0", "0X1.8P+1", "-0x.8p-1", "1.8p1", "0x10", "0x1.fffffffffffff8p0", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "inf", "-infinity", "nan", "  0x1p3  "]:
    print(repr(s), float.fromhex(s))
for s in ["0x", "1p", "0x1.2.3", "0x1p+", "xyz", "0x1p2000"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
