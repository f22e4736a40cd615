# A local read before assignment.
total = 0

def add(n):
    total = total + n
    return total

add(1)
