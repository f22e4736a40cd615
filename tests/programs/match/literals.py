# match with literal and value patterns: ints, strings, None/True/False, dotted names, or-patterns.
class Color:
    RED = 1
    GREEN = 2
def check(v):
    match v:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.GREEN:
            return "green"
        case -3:
            return "minus three"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case _:
            return f"other {v!r}"
for v in [0, 0.0, False, 1.5, "hi", "hello", None, True, 1, 2, -3, b"raw", "x", [], 7]:
    print(repr(v), "->", check(v))
