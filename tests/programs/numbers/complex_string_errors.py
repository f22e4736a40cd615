# complex(str) rejections: malformed literals and misplaced underscores, each with CPython's message.
texts = [
    "", " ", "()", "(", ")", "(1+2j", "1+2j)", "1+", "1-", "1+2", "1e", "1+2jj", "--1", "1+-2j", "1 +2j",
    "1+ 2j", "1j+2", "j1", "jj", ".j", ".", "0x1j", "1\x00", "(1+2j)(", "in", "infj1", "nann", "1+2i",
    "1__0j", "_1j", "1_j", "1_", "1._5", "1_.5", "1e_5", "(_1)", "1+_2j", "\u00bd", "1\u00bdj", "1+2j\x7f",
]
for t in texts:
    try:
        print(repr(t), "->", complex(t))
    except ValueError as e:
        print(repr(t), "!!", e)
