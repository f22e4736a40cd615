# Sequence patterns: fixed length, star captures, nesting, and which types count as sequences.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} in middle)"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [[a, b], *_]:
            return f"nested {a} {b}"
        case (x, y, z):
            return f"three {x} {y} {z}"
        case _:
            return f"not matched {v!r}"
for v in [[], (), [1], (1, 2), [1, 2, 3], [0, 5, 6], [1, 2, 3, 4, 5, 6], [[1, 2], 3, 4], "ab", b"ab", {1: 2}, range(3), range(1), {1, 2}, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", shape(v) if not hasattr(v, "__next__") else type(v).__name__)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match (1, 2, 3):
    case [*head, tail]:
        print(head, tail, type(head).__name__)
match [1, 2]:
    case [_, _, *_]:
        print("at least two")
