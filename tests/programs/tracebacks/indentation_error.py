# An IndentationError from compile: its message and the line it points at.
try:
    compile("if True:\nprint('x')\n", "block.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
compile("def g():\n    return 1\n      extra = 2\n", "deep.py", "exec")
