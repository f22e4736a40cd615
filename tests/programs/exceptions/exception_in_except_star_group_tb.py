# Exceptions caught with except* keep their own tracebacks inside the matched group.
def fail(n):
    raise ValueError(n)

errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("batch", errors)
except* ValueError as eg:
    for e in eg.exceptions:
        print(e, e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name)
    print(eg.__traceback__ is not None)
