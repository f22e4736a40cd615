# The = specifier: the expression text, then repr by default or the format when given.
x = 42
name = "Ada"
ratio = 2 / 3
print(f"{x=}", f"{name=}", f"{x + 1 = }", f"{ratio=:.3f}", f"{name=!s}", f"{x=:>5}")
items = [1, 2]
print(f"{items[0]=}", f"{len(items)=}", f"{'lit'=}")
