# What site adds to builtins: exit, quit, copyright, credits, license and help.
print(repr(exit), repr(quit), sep="\n")
print(repr(credits))
print(repr(license))
print(repr(help))
license()
credits()
print(type(exit).__name__, type(license).__name__, type(help).__name__, type(help).__module__)
print(repr(copyright).splitlines()[0].startswith("Copyright (c) 2001"))
try:
    quit(3)
except SystemExit as e:
    print("SystemExit", e.code)
