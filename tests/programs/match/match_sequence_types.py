# Which subjects count as sequences and mappings for patterns: builtins, user classes, strings excluded.
class MySeq(list):
    pass
class MyMap(dict):
    pass
class Plain:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
def test(v):
    match v:
        case [a, b]:
            return f"seq2 {a} {b}"
        case {"x": x}:
            return f"map x={x}"
        case [*all]:
            return f"seq {len(all)}"
        case {}:
            return "empty-ish map"
        case _:
            return "neither"
for v in [[1, 2], (3, 4), MySeq([5, 6]), range(2), "ab", b"ab", bytearray(b"ab"), {"x": 1}, MyMap(x=2), MyMap(), Plain(), [], ()]:
    print(type(v).__name__, test(v))
match [1, 2, 3]:
    case (1, *rest):
        print("tuple pattern on list", rest)
match (1, 2):
    case [1, 2]:
        print("list pattern on tuple")
