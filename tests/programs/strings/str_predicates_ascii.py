# The is* predicates on ASCII text: digits, letters, spaces, case, titles and the empty string.
samples = ["abc", "ABC", "Abc", "aBc", "123", "abc123", "a b", " ", "\t\n", "", "Hello World", "Hello world",
           "_x", "x-y", "3.14", "A1", "1A", "!"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isidentifier(), s.isprintable())
