# Division by zero in nested arithmetic.
def ratio(a, b):
    return (a * 2) / (b - b)

print(ratio(3, 4) if False else "ready")
ratio(3, 4)
