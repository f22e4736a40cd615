# except* on nested groups: the matched part keeps nesting, notes and the original message.
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
eg.add_note("outer note")
try:
    raise eg
except* ValueError as matched:
    print(repr(matched))
    print(matched.__notes__, matched.message)
    print(matched.exceptions[1].message)
except* TypeError as matched:
    print("types", repr(matched))
