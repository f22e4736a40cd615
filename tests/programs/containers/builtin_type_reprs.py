# Reprs and type names of builtin container types, their iterators and views.
objs = [[], (), {}, set(), frozenset(), range(3), slice(1), {}.keys(), {}.values(), {}.items(),
        iter([]), iter(()), iter({}), iter(set()), iter(range(1)), reversed([]), reversed(range(2)), iter(""), enumerate([]), zip(), map(len, []), filter(None, [])]
for o in objs:
    print(type(o).__name__)
print([type(t).__name__ for t in [list, dict, type]], repr(list), repr(type({}.keys())), repr(range), repr(slice))
print(repr(range(0, 10, 2)), repr(slice(None)), repr({1: [2, (3,)]}), repr([{}, set(), frozenset([1])]))
