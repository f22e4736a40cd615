# !r, !s and !a conversions on strings with quotes, escapes and non-ASCII characters.
values = ["plain", "it's", 'say "hi"', "tab\there", "caf\u00e9", "\u03c0", 7, None, [1, "a"]]
for v in values:
    print(f"{v!s} | {v!r} | {v!a}")
