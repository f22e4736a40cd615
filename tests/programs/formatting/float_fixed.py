# 'f' and 'F' formatting of floats: precision, correct rounding of halves, big and tiny values.
for x in [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -1e-7, 1e16, 1e22, 1.7976931348623157e308, 5e-324, 1 / 3]:
    print(repr(x), format(x, "f"), format(x, ".0f"), format(x, ".1f"), format(x, ".2f"), format(x, ".3F"))
print(format(0.1, ".30f"), format(2 / 3, ".20f"), format(1e-300, ".310f")[-12:], format(5e-324, ".1080f")[-6:])
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.5, ".0f"), format(0.05, ".1f"), format(0.15, ".1f"), format(0.25, ".1f"))
