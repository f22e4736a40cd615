# Generator protocol: send, throw into a generator, close and GeneratorExit, finally blocks.
def worker():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("worker caught", e)
                value = 0
            total += value
    finally:
        print("worker cleanup", total)

w = worker()
print(next(w), w.send(5), w.send(7), w.throw(ValueError("oops")), w.send(1))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("exhausted")
