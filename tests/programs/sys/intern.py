import sys
a = sys.intern("".join(["hello", "world", "!"]))
b = sys.intern("helloworld!")
print(a is b, a == b)
try:
    sys.intern(1)
except TypeError as e:
    print(e)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
