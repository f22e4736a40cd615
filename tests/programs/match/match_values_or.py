# Or-patterns binding the same names, value patterns via dotted names and enum-like classes, None/True identity.
class Status:
    OK = 200
    NOT_FOUND = 404
    ERRORS = (500, 503)
def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND | 410:
            return "gone"
        case 500 | 503 as c:
            return f"server error {c}"
        case int(c) if 400 <= c < 500:
            return f"client error {c}"
        case _:
            return "unknown"
print([http(c) for c in [200, 404, 410, 500, 503, 418, 302]])
def point(p):
    match p:
        case (0, y) | (y, 0):
            return f"on an axis at {y}"
        case [x, y] | {"x": x, "y": y}:
            return f"at {x},{y}"
    return "not a point"
print(point((0, 5)), point((7, 0)), point([1, 2]), point({"x": 3, "y": 4}), point("xy"))
match 1.0:
    case True:
        print("True matched 1.0?")
    case 1:
        print("1 matches 1.0")
match 1:
    case True:
        print("True matched 1")
    case _:
        print("True does not match 1")
match False:
    case 0:
        print("0 matched False")
    case False:
        print("False by identity")
match None:
    case None:
        print("None")
