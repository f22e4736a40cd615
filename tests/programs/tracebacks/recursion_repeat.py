# Deep recursion on one line: after three identical entries CPython summarises the rest.
def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    countdown(n - 1)

countdown(12)
