# Augmented assignment for every operator on ints, and in-place behaviour of lists vs tuples.
x = 100
for op, val in [("+=", 5), ("-=", 3), ("*=", 2), ("//=", 7), ("%=", 9), ("**=", 3), ("<<=", 2), (">>=", 1), ("&=", 0xFF), ("|=", 0x100), ("^=", 0x0F)]:
    if op == "+=": x += val
    elif op == "-=": x -= val
    elif op == "*=": x *= val
    elif op == "//=": x //= val
    elif op == "%=": x %= val
    elif op == "**=": x **= val
    elif op == "<<=": x <<= val
    elif op == ">>=": x >>= val
    elif op == "&=": x &= val
    elif op == "|=": x |= val
    elif op == "^=": x ^= val
    print(op, x)
f = 1.5
f /= 4
print(f)
