# A SyntaxError from compiling bad source: caught with its fields, then uncaught with the caret display.
source = "total = (1 +\n"
try:
    compile("x = 1 +* 2", "calc.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
exec("def f(:\n    pass")
