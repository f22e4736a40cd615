def f():
    x = 1
    def g():
        return x
    return g
try:
    exec(f().__code__)
except TypeError as e:
    print(e)
try:
    eval(f().__code__)
except TypeError as e:
    print(e)
g = f()
print(exec(g.__code__, {}, None, closure=g.__closure__))
def h():
    y = 5
    def k():
        print("k sees", y)
    return k
k = h()
exec(k.__code__, globals(), closure=k.__closure__)
for bad in [(), (1,), None]:
    try:
        exec(k.__code__, closure=bad)
    except TypeError as e:
        print(e)
try:
    exec("x = 1", closure=k.__closure__)
except TypeError as e:
    print(e)
