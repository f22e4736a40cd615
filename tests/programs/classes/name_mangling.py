# Private names: __attr is mangled with the class name, in methods, class bodies and getattr strings.
class Account:
    __rate = 0.05
    def __init__(self, owner):
        self.__owner = owner
        self._visible = True
    def owner(self):
        return self.__owner
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
    @classmethod
    def rate(cls):
        return cls.__rate
a = Account("ann")
print(a.owner(), a.reveal(), Account.rate(), sorted(vars(a)))
print(a._Account__owner, a._Account__secret(), hasattr(a, "__owner"), hasattr(a, "__secret"))
try:
    a.__owner
except AttributeError as e:
    print(e)
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow"
s = Savings("bob")
print(s.owner(), sorted(vars(s)))
class _Leading:
    def __m(self):
        return "m"
    def call(self):
        return self.__m()
print(_Leading().call(), [n for n in dir(_Leading) if "m" in n and n.startswith("_L")])
class Dunder:
    def __init__(self):
        self.__x__ = "not mangled"
print(Dunder().__x__)
