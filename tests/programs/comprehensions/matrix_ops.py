# Comprehensions for matrix transpose, multiplication, flattening and identity.
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
transpose = [list(col) for col in zip(*a)]
product = [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
flat = [v for row in product for v in row]
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(transpose)
print(product)
print(flat, max(flat), min(flat))
print(identity)
