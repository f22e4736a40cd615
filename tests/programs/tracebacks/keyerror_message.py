# KeyError shows the repr of the missing key.
inventory = {"apples": 3}
print(inventory["apples"])
print(inventory["pears"])
