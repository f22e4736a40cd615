# f-strings with conversions, nested expressions and format specs for strings.
name = "Ophis"
n = 3
print(f"{name} has {n} parts", f"{name!r}", f"{n + 1}", f"{'nested'}", f"{{braces}}")
print(f"[{name:>10}]", f"[{name:<10}]", f"[{name:^10}]", f"[{name:*^11}]", f"{name=}")
items = ["a", "b"]
print(f"{items} {len(items)} {items[0]!r:>5}")
