# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__ and custom attributes.
def outer():
    def inner(x, y=5, *, z=6):
        "Inner's docstring."
        return x
    return inner

fn = outer()
print(fn.__name__, fn.__qualname__, fn.__doc__, fn.__defaults__, fn.__kwdefaults__)
fn.tag = "custom"
print(fn.tag, outer.__doc__, outer.__module__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc() is None)
