# Functions as values: decorators, map/filter/sorted with keys, functions returning functions.
def trace(fn):
    def wrapper(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(list(map(len, words)), list(filter(lambda w: "a" in w, words)), add.__name__)
