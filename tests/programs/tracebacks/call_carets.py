# Nested calls: each frame underlines the call, with carets under its argument list.
def parse(text):
    return int(text.strip())

def convert(values):
    return [parse(v) for v in values]

print(convert([" 1", "2 "]))
print(sum(convert(["3", "four"])) + 1)
