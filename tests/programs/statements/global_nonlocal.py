# Name resolution: LEGB, global and nonlocal statements, class scopes skipped by methods.
x = "global"

def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x

class K:
    x = "class"
    def method(self):
        return x
    values = [x for _ in range(1)]

print(outer(), x, K().method(), K.x, K.values)

def make():
    global created
    created = "yes"

make()
print(created)
