# str.isidentifier and isprintable on names, keywords, Unicode letters and control characters.
for s in ["name", "_private", "__dunder__", "2bad", "with space", "class", "None", "déjà", "变量", "x²", "x₂",
          "ℕ", "a-b", "", "_", "١", "a١", "\u2118", "℮"]:
    print(ascii(s), s.isidentifier())
for s in ["abc", "tab\t", "nl\n", "\x7f", "é", "\u00ad", "\u200b", " ", "\u3000", "😀", "\ud800" if False else "ok", "\U000e0001"]:
    print(ascii(s), s.isprintable())
