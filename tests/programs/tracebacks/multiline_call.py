# A call spread over several lines: the traceback shows the lines of the expression.
def build(a, b, c):
    return a + b + c

value = build(
    1,
    2,
    "three",
)
