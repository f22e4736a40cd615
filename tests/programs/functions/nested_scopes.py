# Three levels of nesting with reads and nonlocal writes at each level.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a

print(level1())

def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter_pair()
inc(); inc()
print(get(), inc(), get())
