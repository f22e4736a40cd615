# complex(str): every accepted form, whitespace, parentheses, underscores, inf/nan spellings, Unicode digits.
texts = [
    "1+2j", "1-2j", "  ( 1.5-2j )  ", "(1+2j)", "( 1+2j )", "(1+2j) ", " (1+2j)", "1+2j\n", "\t3j\t",
    "j", "J", "-j", "+J", "1+j", "1-J", "2.5", "-2.5", "+2.5", "1e5", "1e5J", "1.5e-3+2.5E+2J", "1.j", ".5j",
    "1.", "-.5-.5j", "nanj", "infj", "-infj", "inf", "-inf-infj", "infinity", "-Infinity+INFj", "nan",
    "-nan", "NaN+InFj", "nan-nanj", "1_0j", "1_000.5_5+2_0j", "1e1_0", "0_0", "1" * 400, "1e400j",
    "\u0661+\u0662j", "\u00a01+1j\u2003", "0j", "-0j", "-0-0j", "0.0-0.0j", "00012", "1e+1j",
]
for t in texts:
    z = complex(t)
    print(repr(t)[:40], "->", z, z.real, z.imag)
