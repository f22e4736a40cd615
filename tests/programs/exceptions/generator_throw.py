# throw() raises inside a generator at the paused yield; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled in generator:", e)
    finally:
        print("worker closing")

g = worker()
next(g)
g.send(1)
g.throw(ValueError("bad input"))
g.send(2)
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated:", repr(e))
g2 = worker()
next(g2)
g2.close()
print("closed")
