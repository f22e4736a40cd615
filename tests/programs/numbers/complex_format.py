# format() and f-strings of complex: no type like str(), e/f/g/n with precision, signs, widths, fills, grouping.
inf = float("inf")
nan = float("nan")
specs = [
    "", "10", "<10", "^20", "*^15", "x<10", ">5", "g", "n", "e", "E", "f", "F", ".2f", "^20.2f", "+.3e", "+", " ",
    ".2", ".0", "#", "#g", "#.0f", "z", "z.1f", ",", ",.2f", "_g", ".6_f", "-", " .2f", "10.3", "G",
]
values = [1 + 2j, 1.5 + 2j, 3j, -2j, complex(-0.0, 1), -0j, 0j, complex(-0.0, -0.0), 1e6 + 2e6j, 1e20 + 2j]
for spec in specs:
    print(repr(spec), [format(z, spec) for z in values])
for z in [complex(inf, nan), complex(inf, -inf), complex(nan, 1e6)]:
    print(format(z, ""), format(z, "10.2f"), format(z, ",.2f"), format(z, ","), format(z, "E"))
print(format(12345.678 + 0.000012j, ""), format(12345.678 + 0.000012j, "G"), format(1.25 + 2.35j, ".1f"))
print(format(1e20 + 2j, "F"), format(1e20j, ".3"), format(1e-5 + 1e16j, ""), format(1e-5 + 1e16j, "g"))
z = -1.5 - 2.25j
print(f"{z}", f"{z!r:>16}", f"{z:10.3}", f"{z:.2f}", f"{z:<14}|", f"{z:^16}|", f"{1 + 2j!s:*>10}")
print("{:.1e}".format(1j), "{0.real:.1f} {0.imag:.1f}".format(3 - 4j), (1 + 2j).__format__(".1f"))
