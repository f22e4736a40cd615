# The errors complex raises, with CPython's exact messages.
class BadComplex:
    def __complex__(self):
        return 3


class BadFloat:
    def __float__(self):
        return 2


class BadIndex:
    def __index__(self):
        return 2.0


class Plain:
    pass


class Outer:
    class Inner:
        pass


tests = [
    "1j / 0", "1j / 0.0", "1j / 0j", "1 / 0j", "1.0 / complex(0.0, -0.0)", "0j / 0j", "1j // 2", "1j % 2",
    "divmod(1j, 2)", "2 // 1j", "1j // 1j", "int(1j)", "float(1j)", "round(1j)", "1j < 1j", "1j <= 1",
    "1 > 1j", "2.5 >= 1j", "abs(complex(1.5e308, 1.5e308))", "pow(1j, 2, 3)", "1j @ 1j", "~1j", "1j & 1",
    "1j << 1", "1j + 'a'", "'a' + 1j", "[1, 2] * 1j", "1j * [1]", "(1 + 2j)[0]", "len(1j)", "hex(1j)",
    "complex('1+2j', 1)", "complex(1, '2')", "complex('1', '1')", "complex(None)", "complex([])",
    "complex(b'1')", "complex(None, 1)", "complex(1, None)", "complex(real=None)", "complex(Plain())",
    "complex(Outer.Inner())", "complex(1, Outer.Inner())", "complex(Outer.Inner(), 1)", "complex(1, 2, 3)",
    "complex(x=1)", "complex(1, real=2)", "complex(BadComplex())", "complex(BadFloat())", "complex(BadIndex())",
    "complex(1, BadFloat())", "complex(10 ** 400)", "complex(1, 10 ** 400)", "complex.from_number('1')",
    "complex.from_number(None)", "complex.from_number(BadFloat())", "complex.from_number()",
    "complex.from_number(1, 2)", "1j + 10 ** 400", "10 ** 400 * 1j", "(1j).__format__(3)", "format(1j, 'd')",
    "format(1j, '%')", "format(1j, 'c')", "format(1j, 's')", "format(1j, '010')", "format(1j, '0<10')",
    "format(1j, '<010')", "format(1j, '=10')", "format(1j, '=')", "format(1j, '1.2.3')", "format(1j, ',_')",
    "format(1j, ',n')", "format(1j, '\\u00df')", "format(1j, '\\x01')", "(1j).foo", "(1j).conjugate(1)",
    "(1j).__complex__(2)", "(1j).__format__()", "(1j).__getnewargs__(1)",
]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
for statement in ["(1j).real = 2", "del (1j).imag", "z = 1j; z += 'a'", "z = 1j; z //= 2", "z = 0j; z **= -1"]:
    try:
        exec(statement)
    except Exception as e:
        print(statement, "!!", type(e).__name__, e)
