c = compile("a = 1\nb = 2", "file.py", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])
e = compile("a + b", "<expr>", "eval")
print(e.co_name, eval(e, ns))
s = compile("a * 10", "<single>", "single")
print(s.co_filename)
exec(s, ns)
exec(compile("for i in range(3): i\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    compile("x = ", "broken.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
try:
    compile("a = 1", "f", "eval")
except SyntaxError as e:
    print(e.msg)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print(e)
try:
    compile("1\n2", "f", "single")
except SyntaxError as e:
    print(e.msg)
print(compile(source="1", filename="kw", mode="eval").co_filename)
