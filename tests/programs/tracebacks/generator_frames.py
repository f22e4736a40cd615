# An exception inside a generator shows the generator's frame below the consumer's.
def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise LookupError("no number two")
        yield i

for n in numbers(5):
    print("got", n)
