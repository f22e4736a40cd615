# 'e' and 'E' formatting of floats: precision, rounding into the next power, zero and subnormals.
for x in [0.0, -0.0, 1.0, 9.9999, 9.99999999, 0.00012345, 123456789.0, -1e-300, 1.7976931348623157e308, 5e-324, 1e100, 2.5e-5]:
    print(repr(x), format(x, "e"), format(x, ".0e"), format(x, ".2e"), format(x, ".10E"), format(x, "#.0e"))
print(format(1.5, ".30e"), format(0.1, ".20e"), format(9.5, ".0e"), format(8.5, ".0e"), format(1e-10, "e"))
