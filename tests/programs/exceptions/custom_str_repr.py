# Custom __str__ and __repr__ on exceptions are used by str(), repr() and print.
class Coded(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"error code {self.code}"

class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"

c = Coded(42)
print(c)
print(repr(c))
print(str(Quiet("q")), repr(Quiet("q")))
print([Coded(1), Quiet()])
print(f"{c} / {c!r}")
