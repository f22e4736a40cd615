# The is* predicates on Unicode text: digit kinds, letters of other scripts, spaces and titlecase.
samples = ["٣", "²", "½", "Ⅻ", "一", "௰", "①", "𝟙", "é", "ß", "Ω", "ǅ", "ǅa", "日本", "\u00a0", "\u2003", "\u200b",
           "\x1f", "\x85", "ﬁ", "Ⓐ", "ⓐ", "𝔄", "ا", "\u0301", "🙂", "\u2028", "Ⅰⅱ"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isprintable())
