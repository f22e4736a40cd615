# Properties across inheritance: overriding a property, extending a setter, read-only properties and class-level access.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Doubled(Base):
    @property
    def v(self):
        return super().v * 2
class Validated(Base):
    @Base.v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        Base.v.fset(self, value)
d = Doubled()
print(d.v)
try:
    d.v = 5
except AttributeError as e:
    print(e)
val = Validated()
val.v = 10
print(val.v)
try:
    val.v = -1
except ValueError as e:
    print(e)
print(type(Base.v).__name__, Base.v.fget.__name__, Doubled.v.fset, Validated.v.fget is Base.v.fget)
class Computed:
    @property
    def items(self):
        return [1, 2, 3]
c = Computed()
print(c.items, c.items is c.items, len(c.items))
