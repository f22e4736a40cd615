# A binary operation spanning lines inside parentheses.
numbers = [1, 2, 3]
label = "count"
total = (
    len(numbers)
    + label
)
