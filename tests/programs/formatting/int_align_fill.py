# Alignment and fill for ints: < > ^ =, custom fill characters, and the '0' shorthand.
for spec in ["8", "<8", ">8", "^8", "=8", "*<8", "*>8", "*^8", "*=8", "08", "-08", "+08", "0=8", "x^9", "😀>5", "010", "03", "=+8", "0<8", "0^7"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)))
print(f"[{7:>{5}}]", f"[{7:{'*'}^{6}}]", "[{:{}{}{}}]".format(3, "_", "^", 7))
