# Literal patterns compare with ==, except None/True/False which compare by identity; strings and bytes differ.
def lit(v):
    match v:
        case "1":
            return "str one"
        case b"1":
            return "bytes one"
        case 1:
            return "equals 1"
        case -1.5:
            return "minus one and a half"
        case "a" "b":
            return "concatenated ab"
        case "":
            return "empty string"
        case _:
            return "no literal"
for v in ["1", b"1", 1, 1.0, True, -1.5, "ab", "", 0, None, [1]]:
    print(repr(v), lit(v))
class AlwaysEqual:
    def __eq__(self, other):
        return True
match AlwaysEqual():
    case 42:
        print("42 matched via __eq__")
match AlwaysEqual():
    case None:
        print("None matched?")
    case _:
        print("None uses identity")
