for src in ["1 +", "x = 1", "import os", "def f(): pass"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
for bad in [5, None, ["1"]]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
try:
    eval("nope")
except NameError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(e)
eval("{}['missing']")
