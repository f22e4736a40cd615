# Operand priority: a subclass's reflected method runs first; NotImplemented falls through; comparisons reflect.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return NotImplemented if not isinstance(o, Base) else type(self)(self.v + o.v)
    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__")
        return type(self)(self.v + (o.v if isinstance(o, Base) else o))
    def __lt__(self, o):
        print(f"{type(self).__name__}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"{type(self).__name__}.__gt__")
        return self.v > o.v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__")
        return Derived(-1)
    def __gt__(self, o):
        print("Derived.__gt__")
        return True
print(Base(1) + Base(2))
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(5 + Base(1))
print(Base(1) < Base(2))
print(Base(1) < Derived(2))
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return NotImplemented
print(Eq() == Eq(), Eq() != Eq(), Eq() == 1)
x = Eq()
print(x == x, [x] == [x], x in [x])
