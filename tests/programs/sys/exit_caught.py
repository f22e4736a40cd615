import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args, type(e).__mro__[1].__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("caught", e.code)
try:
    try:
        sys.exit(9)
    finally:
        print("finally runs")
except BaseException as e:
    print(isinstance(e, Exception), type(e).__name__)
exit_code = 0
raise SystemExit(exit_code)
