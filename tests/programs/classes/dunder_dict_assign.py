# Instance __dict__ manipulation: direct writes, replacement, vars() updates, __class__ reassignment.
class A:
    def __init__(self):
        self.x = 1
class B:
    def hello(self):
        return f"B.hello with x={self.x}"
a = A()
a.__dict__["y"] = 2
vars(a)["z"] = 3
print(a.x, a.y, a.z, a.__dict__)
a.__dict__ = {"only": True}
print(a.__dict__, hasattr(a, "x"))
a.__class__ = B
a.x = 9
print(type(a).__name__, a.hello(), isinstance(a, B), isinstance(a, A))
try:
    a.__dict__ = [1]
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
class C:
    pass
c = C()
print(c.__dict__, C.__dict__["__module__"], "__dict__" in C.__dict__, type(C.__dict__["__dict__"]).__name__)
