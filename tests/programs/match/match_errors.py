# Errors raised while matching: duplicate mapping keys at runtime, bad __match_args__, non-class patterns.
class P:
    __match_args__ = ("a", 1)
    a = 0
try:
    match P():
        case P(_, _):
            pass
except TypeError as e:
    print(e)
class Q:
    __match_args__ = "ab"
try:
    match Q():
        case Q(x):
            pass
except TypeError as e:
    print(e)
key = "k"
try:
    match {"k": 1}:
        case {"k": 1, **rest} if False:
            pass
        case {"k": v}:
            print("matched", v)
except ValueError as e:
    print(e)
class Getter:
    def get(self, key, default):
        return default
match Getter():
    case {"a": 1}:
        print("mapping?")
    case _:
        print("Getter is not a mapping")
class Mapping(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match Mapping(a=1, b=2):
    case {"a": 1, "b": b}:
        print("b =", b)
