# Mapping patterns in detail: extra keys allowed, non-str keys, value patterns as keys, nested mappings.
class K:
    A = "alpha"
def m(v):
    match v:
        case {1: one, 2: two}:
            return f"int keys {one} {two}"
        case {K.A: a}:
            return f"constant key {a}"
        case {"user": {"name": str(n), "age": int(age)}} if age >= 18:
            return f"adult {n}"
        case {"user": {"name": n}}:
            return f"user {n}"
        case {None: x}:
            return f"None key {x}"
        case dict() if not v:
            return "empty dict"
        case {**rest}:
            return f"rest only {sorted(rest)}"
for v in [{1: "a", 2: "b", 3: "c"}, {"alpha": 0}, {"user": {"name": "ann", "age": 30}}, {"user": {"name": "kid", "age": 5}}, {None: 1}, {}, {"z": 1, "y": 2}]:
    print(m(v))
