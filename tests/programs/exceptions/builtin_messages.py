# Messages of exceptions raised by builtin operations.
attempts = [
    lambda: int("12x"),
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: 1 / 0,
    lambda: None.attr,
    lambda: "a" * "b",
    lambda: len(5),
    lambda: [].pop(),
    lambda: (1, 2).index(3),
    lambda: undefined_name_here,
    lambda: float("nan?"),
    lambda: int(None),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
