# __traceback__ is a chain of traceback objects with frames, line numbers and next links.
def inner(x):
    y = x * 2
    raise ValueError(y)

def outer():
    inner(21)

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    last = e.__traceback__.tb_next.tb_next
    print(last.tb_frame.f_locals)
    print(last.tb_frame.f_globals is globals())
    print(type(e.__traceback__).__name__)
print(ValueError().__traceback__)
