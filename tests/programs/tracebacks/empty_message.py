# An exception without arguments prints only its type name.
class Quiet(Exception):
    pass

def check():
    raise Quiet

try:
    check()
except Quiet as e:
    print(repr(e), str(e) == "")
raise Quiet()
