# %-formatting of floats: %f %F %e %E %g %G with precision, flags and special values.
for x in [0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e20, 2.675]:
    print("%f|%.2f|%10.3f|%-10.1f|%+f|% .0f|%#.0f" % (x, x, x, x, x, x, x), "%e|%.1E|%g|%G|%.3g|%#g" % (x, x, x, x, x, x))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%010.2f|%-010.2f|%+010.1e" % (3.14159, 3.14159, -0.5))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%f" % 5, "%.3f" % True, "%g" % 100000, "%g" % 1000000, "%F" % 1e300)
