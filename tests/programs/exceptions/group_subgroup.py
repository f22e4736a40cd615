# subgroup() keeps only the matching leaves; metadata is copied to the new groups.
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("nested", [ValueError("b"), TypeError("c")])])
eg.add_note("top note")
sub = eg.subgroup(ValueError)
print(repr(sub))
print(sub.__notes__, sub.__notes__ is eg.__notes__)
print(eg.subgroup(TypeError).exceptions[0].exceptions)
print(eg.subgroup(ZeroDivisionError))
print(eg.subgroup(lambda e: True) is eg)
