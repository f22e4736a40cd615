# 'g' and 'G' formatting: switching between fixed and exponent notation, trailing zeros, '#'.
for x in [0.0, -0.0, 1.0, 100000.0, 1000000.0, 1234567.0, 0.0001, 0.00001, 0.000123456, 3.14159265, 1e16, 1e-5, 123.456, 1.5e300]:
    print(repr(x), format(x, "g"), format(x, ".1g"), format(x, ".3g"), format(x, ".10g"), format(x, "#g"), format(x, "#.3G"), format(x, ".0g"))
print(format(9.9999999, "g"), format(999999.5, "g"), format(0.00009999995, "g"), format(1e-4, ".2g"), format(123, "g"), format(1e300 * 10, "g"))
