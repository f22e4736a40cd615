# An uncaught ExceptionGroup: the boxed traceback format with one section per exception.
def task(n):
    raise ValueError(f"task {n} failed")

errors = []
for i in range(3):
    try:
        task(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("wrong type"))
raise ExceptionGroup("several tasks failed", errors)
