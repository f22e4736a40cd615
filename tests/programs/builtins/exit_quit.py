print(repr(exit), repr(quit))
print(str(exit))
print(type(exit).__name__)
try:
    exit()
except SystemExit as e:
    print("exit()", e.code)
try:
    quit("bye")
except SystemExit as e:
    print("quit", e.code)
exit(4)
