# When the failing expression is the whole assignment or return, CPython prints no carets.
def fail():
    raise RuntimeError("inner failure")

def middle():
    return fail()

def outer():
    result = middle()
    return result

print("start")
outer()
