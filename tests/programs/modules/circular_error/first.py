from second import value
def first_value():
    return 1
