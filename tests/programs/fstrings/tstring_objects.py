# t-strings: Template and Interpolation built by the VM and by their constructors.
name = "World"
t = t"Hello {name!r:>10} and {1+2=} {name}"
print(type(t), type(t).__name__, type(t).__qualname__, type(t).__module__)
print(t)
print(t.strings, t.values)
for part in t:
    print(repr(part))
I = type(t.interpolations[0])
print(I, I.__match_args__)
i = t.interpolations[0]
print(i.value, i.expression, i.conversion, i.format_spec)
T = type(t)
print(T("a", "b", i, i, "c"))
print(T())
print(list(T(i)))
try: T(1)
except TypeError as e: print(e)
try: T(x=1)
except TypeError as e: print(e)
try: t + "x"
except TypeError as e: print("TE", e)
print(t + t"!{name}")
print(I(1), I(1, "e", "r", ":x"))
try: I(1, "e", "q")
except ValueError as e: print(e)
try: I(1, 2)
except TypeError as e: print(e)
match i:
    case I(v, e, c, f): print("match", v, e, c, f)
print(t"" , t"{name:{3}}" .interpolations[0].format_spec)
print(i == i, t == t, hash(i) is not None)
try: i.value = 3
except AttributeError as e: print(e)
print(t"a" t"b", t"{{x}}")
