# Using a standard library module without importing it.
values = [1, 4, 9]
print("values", values)
print(math.sqrt(values[1]))
