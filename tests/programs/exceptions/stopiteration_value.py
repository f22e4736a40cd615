# StopIteration carries a value: from return in a generator, or its first argument.
def gen():
    yield 1
    return "done"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value)
s = StopIteration(5)
s.value = 7
print(s.value, s.args)
