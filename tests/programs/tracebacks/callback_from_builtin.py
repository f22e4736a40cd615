# An exception raised in a key function called by a builtin: the builtin's caller and the key function are shown.
def weight(item):
    return 100 / item["qty"]

orders = [{"qty": 2}, {"qty": 5}]
print(sorted(orders, key=weight))
orders.append({"qty": 0})
print(sorted(orders, key=weight))
