# The alternate form '#' for ints: 0b 0o 0x 0X prefixes with widths, zero padding and signs.
for n in [0, 10, -10, 255]:
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"), format(n, "#010x"), format(n, "#<8b") + "|", format(n, "+#o"), format(n, "#d"))
print(f"{255:#_x}", f"{-255:#012_X}", f"{5:#^10b}")
