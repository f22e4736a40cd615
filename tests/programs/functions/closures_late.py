# Closures capture variables, not values: late binding and the default-argument fix.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()

print(outer()())
print(outer.__code__.co_cellvars if hasattr(outer, "__code__") else "")
