# A SyntaxError built by hand is displayed with its file, line, text and carets.
err = SyntaxError("invalid syntax", ("config.py", 3, 9, "    x = $value + 1\n", 3, 15))
print(err.msg, err.lineno, err.offset, err.end_offset)
print(str(err))
raise err
