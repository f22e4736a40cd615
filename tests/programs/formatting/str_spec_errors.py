# Invalid format specs for str: signs, '#', '=', 'z', number types and malformed specs.
for spec in ["+", " ", "-", "#", "=10", "z", "d", "x", ",", "_", ".", "10.", "5s5", "<<", "%", "abc"]:
    try:
        print(repr(spec), repr(format("text", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
