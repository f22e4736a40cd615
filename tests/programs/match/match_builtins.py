# Class patterns with builtin types: self-matching positional patterns, bool vs int, subclasses, keywords.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case float(f) if f.is_integer():
            return f"whole float {f}"
        case float():
            return "float"
        case str("") | bytes(b""):
            return "empty text"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case str(s):
            return f"str {s}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case list([*items]) if len(items) > 3:
            return f"long list {len(items)}"
        case list():
            return "list"
        case dict({"k": v}):
            return f"dict k={v}"
        case set() | frozenset():
            return "some set"
        case _:
            return f"other {type(v).__name__}"
class MyInt(int):
    pass
for v in [True, False, 0, -4, 7, MyInt(9), 2.0, 2.5, "", b"", "123", "abc", (1, 2), (1, 2, 3), [1, 2, 3, 4], [1], {"k": 5}, {1}, frozenset(), None]:
    print(repr(v), "->", kind(v))
match 5:
    case int(real=r, imag=i):
        print("attrs", r, i)
match "text":
    case str(upper=u):
        print(type(u).__name__)
