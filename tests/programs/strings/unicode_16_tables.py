# Characters whose classes or case mappings changed in Unicode 16.0 (CPython 3.14's version), and the
# mappings whose results are longer than one character.
samples = [
    "\u1c89", "\u1c8a",          # Cyrillic TJE, new capital/small pair
    "\U00010d50", "\U00010d70",  # Garay capital and small letters
    "\ua7cb", "\ua7cc", "\ua7cd", "\ua7da", "\ua7dc",  # Latin extended-D additions
    "\U000116d0", "\U0001ccf0",  # new decimal digits (Myanmar Extended-C, outlined digits)
    "\u0345", "\u00df", "\ufb03", "\u0130", "\u01c5", "\u1e9e", "\u03a3", "\u0587",
]
for ch in samples:
    print(
        f"U+{ord(ch):05X}",
        ch.isalpha(), ch.isupper(), ch.islower(), ch.istitle(), ch.isdecimal(), ch.isdigit(),
        ch.isnumeric(), ch.isidentifier(), ch.isprintable(),
        ascii(ch.upper()), ascii(ch.lower()), ascii(ch.title()), ascii(ch.casefold()), ascii(ch.swapcase()),
    )

print(ascii("\u03a3\u0391\u03a3 \u03a3\u0391\u03a3\u0345".lower()))
print(ascii("stra\u00dfe \ufb03ne".upper()), ascii("\u01c6ungla".title()), ascii("\u00dfa".capitalize()))
print(int("\U0001ccf3\U0001ccf4"), float("\U000116d1.5"))
