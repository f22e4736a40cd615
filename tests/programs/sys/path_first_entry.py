import sys
here = __file__.rsplit("/", 1)[0]
print(sys.path[0] == here)
print(__file__.endswith("main.py"))
