# An exception raised by a builtin function called from Python code.
def parse_all(parts):
    out = []
    for p in parts:
        out.append(int(p, 16))
    return out

print(parse_all(["ff", "10"]))
print(parse_all(["ff", "zz"]))
