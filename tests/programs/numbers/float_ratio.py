# float.as_integer_ratio, is_integer, conjugate, real and imag, and the errors for inf and nan.
for x in [0.5, 0.1, -2.0, 1e20, 5e-324, 0.0, -0.0, 3.75, 1.7976931348623157e308]:
    print(repr(x), x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
print((1.0).is_integer(), (1.5).is_integer(), float("inf").is_integer(), float("nan").is_integer())
for c in ["float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "(-float('inf')).as_integer_ratio()"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
