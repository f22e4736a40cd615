# Nested exception groups are drawn as nested boxes.
inner = ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
middle = ExceptionGroup("middle", [inner, ValueError("v")])
raise BaseExceptionGroup("outer", [middle, RuntimeError("r")])
