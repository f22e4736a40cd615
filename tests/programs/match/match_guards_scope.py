# Names bound by patterns stay bound after the match, even when a guard fails; loops with match and break.
def first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2 == 0:
                return n
            case int():
                continue
            case _:
                break
    return None
print(first_even([1, 3, 4, 5]), first_even([1, "x", 2]), first_even([]))
match [1, 2]:
    case [a, b] if a > b:
        print("descending")
    case _:
        print("guard failed; a and b are", a, b)
results = []
for cmd in ["add 1 2", "neg 5", "mul 3 4", "bogus", "add x y"]:
    match cmd.split():
        case ["add", a, b] if a.isdigit() and b.isdigit():
            results.append(int(a) + int(b))
        case ["neg", a]:
            results.append(-int(a))
        case ["mul", a, b]:
            results.append(int(a) * int(b))
        case [op, *args]:
            results.append(f"bad {op} {args}")
print(results)
def walk(tree, depth=0):
    match tree:
        case (left, right):
            return walk(left, depth + 1) + walk(right, depth + 1)
        case leaf:
            return [(leaf, depth)]
print(walk(((1, 2), (3, (4, 5)))))
