import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("main.py"))
sys.argv.append("extra")
print(sys.argv[1:])
