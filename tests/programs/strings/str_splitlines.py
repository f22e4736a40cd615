# str.splitlines: every line boundary CPython recognises, with and without keepends.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(text.splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("no newline".splitlines(), "\r\n\r\n".splitlines(True), "x\x1fy".splitlines(), "tab\there".splitlines())
print("a\nb".splitlines(1), "a\nb".splitlines(0))
