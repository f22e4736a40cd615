# Format specs for str in f-strings: fill, align, width, precision, and nested specs.
for word in ["a", "abc", "abcdef"]:
    print(f"|{word:<5}|{word:>5}|{word:^5}|{word:.2}|{word:*^7}|{word:_<4.1}|")
n = 5
print(f"{'x':{n}}|", f"{'x':-^{n + 2}}|", f"{'':=<10}")
