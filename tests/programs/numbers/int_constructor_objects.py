# int() of objects: __int__, __index__, floats, bools, subclasses of int and str.
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return "no"
class MyInt(int):
    pass
class MyStr(str):
    pass
print(int(WithInt()), int(WithIndex()), int(MyInt(5)), type(int(MyInt(5))).__name__, int(MyStr("12")))
m = MyInt("ff", 16)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, repr(m), isinstance(m, int))
print(int(3.99), int(-3.99), int(1e100), int(2.0 ** 70), int(-0.0), int(5e-324))
print(hex(WithIndex()), bin(WithIndex()), [10, 20, 30, 40, 50, 60, 70, 80][WithIndex()])
for c in ["int(BadInt())", "int(object())", "int(WithIndex(), 10)", "hex(WithInt())", "int({})"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
