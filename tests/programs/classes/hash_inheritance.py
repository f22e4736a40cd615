# __hash__ and __eq__ inheritance: overriding __eq__ blocks inherited __hash__, explicit __hash__ = None, re-enabling.
class Base:
    def __hash__(self):
        return 7
class EqOnly(Base):
    def __eq__(self, o):
        return True
class EqAndHash(Base):
    def __eq__(self, o):
        return True
    __hash__ = Base.__hash__
class Child(EqAndHash):
    pass
class NoHash:
    __hash__ = None
print(hash(Base()), EqOnly.__hash__, hash(EqAndHash()), hash(Child()))
for cls in [EqOnly, NoHash]:
    try:
        hash(cls())
    except TypeError as e:
        print(e)
print(isinstance(Base(), object), {Base(): 1} != {})
