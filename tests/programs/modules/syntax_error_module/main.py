try:
    import bad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("bad.py"))
import bad
