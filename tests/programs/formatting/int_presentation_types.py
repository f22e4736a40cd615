# format() of ints with each presentation type: b c d o x X n and none.
for n in [0, 5, 42, 255, -255, 65, 10 ** 20, -(2 ** 70)]:
    print(n, format(n, ""), format(n, "d"), format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "n"))
print(format(65, "c"), format(0x1F600, "c"), format(97, "5c"), format(97, "<3c") + "|", format(True, "d"), format(True, ""))
print(f"{255:x}", f"{255:#X}", f"{-8:o}", f"{5:b}", f"{1234:n}")
