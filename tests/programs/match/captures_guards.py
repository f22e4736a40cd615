# Capture and as-patterns, guards with side effects, wildcard, and bindings after failed alternatives.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item] if item != "nothing":
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case _:
            return "empty"
for c in ["go north", "go up", "take lamp", "take nothing", "drop a b c", "drop", "quit", "exit", ""]:
    print(repr(c), "->", classify(c))
calls = []
def guard(n):
    calls.append(n)
    return n > 1
for v in [1, 2, 3]:
    match v:
        case x if guard(x):
            print("guard passed for", x)
        case y:
            print("fallthrough", y)
print(calls)
match (1, (2, 3)):
    case (a, (b, c) as inner) as whole:
        print(a, b, c, inner, whole)
x = "unchanged"
match 5:
    case _:
        pass
print(x)
match {"k": [1, 2]}:
    case {"k": [_, second] as lst}:
        print(second, lst)
value = 10
match 10:
    case 1 | 2 | 3:
        print("small")
    case n:
        print("captured", n)
print(n)
