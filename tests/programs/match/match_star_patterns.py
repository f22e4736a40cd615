# Star patterns in the middle and at the ends, star with wildcards, and mapping rest captures.
def split(v):
    match v:
        case [first, *middle, last] if middle:
            return f"first={first} middle={middle} last={last}"
        case [only, *_]:
            return f"short, starts {only}"
        case []:
            return "empty"
for v in [[1, 2, 3, 4], (5, 6), [7], [], range(4)]:
    print(split(v))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print(sorted(others.items()))
match [[1, 2], [3, 4, 5]]:
    case [[*xs], [*ys]]:
        print(xs + ys)
match "abc":
    case [*chars]:
        print("str as sequence?", chars)
    case str() as s:
        print("strings are not sequences here:", s)
match (1, "x", 2.5):
    case (int(), str(), float()) as whole:
        print("typed tuple", whole)
