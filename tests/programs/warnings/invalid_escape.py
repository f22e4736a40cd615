# Invalid escapes warn once per literal, at the line of the escape, and keep the backslash.
pattern = "\d+"
data = b"\q"
text = """first
second \w"""
octal = "\400"
print(pattern, data, len(text), ord(octal))
