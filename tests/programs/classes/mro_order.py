# Method resolution order: diamonds, C3 linearization, mro() and inconsistent hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2):
        pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(e)
class M:
    def who(self):
        return "M"
class N(M): pass
class Oo(M):
    def who(self):
        return "Oo"
class Pp(N, Oo): pass
print(Pp().who(), [k.__name__ for k in Pp.__mro__])
print(bool.__mro__, object.__mro__)
