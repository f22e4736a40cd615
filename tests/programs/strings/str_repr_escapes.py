# repr of str: quote choice, backslash escapes, control characters, non-printable and astral characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x07\x1b\x7f",
          "é ñ ü", "\x80\x9f\xa0\xad", "\u200b\u2028\ufeff", "😀 \U0001f600", "\U000e0001", "\ud800" if False else "\u0378",
          "日本語", "\x1c\x85"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'"), repr('"'), repr("'\""), ascii("'é\""))
