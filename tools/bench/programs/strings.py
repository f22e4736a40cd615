# String building, methods, f-strings and joins.
parts = []
for i in range(150000):
    s = f"item-{i}"
    parts.append(s.upper().replace("ITEM", "x"))
text = ",".join(parts)
print(len(text), text[:20], text.count("x-1"))
