# global and nonlocal declarations, and the UnboundLocalError CPython reports.
counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)

def broken():
    print(total)
    total = 1

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

try:
    print(undefined_name)
except NameError as e:
    print(e)
