# f-string replacement fields with arbitrary expressions, nested quotes and nested f-strings (PEP 701).
items = {"apple": 3, "pear": 5}
name = "world"
print(f"{items['apple'] + items["pear"]}", f"{', '.join(k for k in items)}", f"{f'{name!r}'}")
print(f"{'x' if len(name) > 3 else 'y'}", f"{[i * i for i in range(4)]}", f"{ {'k': 1} }")
print(f"{name.upper()}{name[::-1]}", f"{len(name):03}", f"{3.14159:.2f}", f"{1234567:,}")
width = 8
print(f"[{name:>{width}}]", f"[{name:{'<'}{width}}]", f"{'multi'
      'line'}")
