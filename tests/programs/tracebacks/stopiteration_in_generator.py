# StopIteration escaping a generator becomes RuntimeError, with the StopIteration as cause.
def first_items(it):
    while True:
        yield next(it)

print(list(zip(range(2), first_items(iter([1, 2, 3])))))
list(first_items(iter([1])))
