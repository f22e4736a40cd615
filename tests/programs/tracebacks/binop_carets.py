# A binary operation failing inside a function: carets mark the operator, tildes its operands.
def total(items, extra):
    base = sum(items)
    return base + extra * 2 - len(items) / 0

print("computing")
print(total([1, 2, 3], 4))
