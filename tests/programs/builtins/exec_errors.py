for args in [(5,), ("x = 1", []), ("x = 1", {}, 5)]:
    try:
        exec(*args)
    except TypeError as e:
        print(e)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    exec("undefined_name")
except NameError as e:
    print(e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(e)
exec("raise KeyError('uncaught in exec')")
