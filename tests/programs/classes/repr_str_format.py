# __repr__, __str__ and __format__: which is used by print, str, repr, f-strings, format and containers.
class A:
    def __repr__(self):
        return "A-repr"
class B:
    def __str__(self):
        return "B-str"
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return f"C-format[{spec}]"
print(A(), str(A()), repr(A()), [A()], f"{A()}", f"{A()!r}")
print(B(), [B()][0].__str__(), f"{B()}", format(B()))
print(C(), repr(C()), f"{C()}", f"{C():>10}", format(C(), "x"), f"{C()!s}", f"{C()!r}", [C()], (C(),), {C(): C()})
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
try:
    format(A(), "10")
except TypeError as e:
    print(e)
print(format(A(), ""), "{0!r:>8}".format(A()), "%s %r" % (B(), C()))
class Num(int):
    def __repr__(self):
        return "Num!"
print(Num(5), str(Num(5)), f"{Num(5)}", repr(Num(5)), [Num(5)])
class S(str):
    def __str__(self):
        return "S.str"
print(S("x"), str(S("x")), f"{S('x')}")
