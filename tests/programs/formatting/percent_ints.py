# %-formatting of integers: %d %i %u %x %X %o with flags, widths, precision and floats truncated.
for n in [0, 42, -42, 255, 2 ** 70]:
    print("%d|%i|%u|%x|%X|%o" % (n, n, n, n, n, n), "%5d|%-5d|%05d|%+d|% d" % (n, n, n, n, n), "%#x|%#X|%#o|%#5x|%#05x" % (n, n, n, n, n))
print("%.3d|%8.3d|%-8.3d|%08.3d|%+.2d" % (5, 5, 5, -5, 5), "%d %d" % (3.99, -3.99), "%d" % True, "%x" % False)
print("%ld %hd %Lx" % (1, 2, 255), "%3c|" % 65, "%i" % 1e20)
