# split() by a type, a tuple of types and a predicate; matching and rest keep the structure.
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
match, rest = eg.split((TypeError, KeyError))
print(repr(match))
print(repr(rest))
match, rest = eg.split(lambda e: isinstance(e, LookupError))
print(repr(match), repr(rest))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(OSError))
try:
    eg.split(5)
except TypeError as e:
    print("TypeError:", e)
