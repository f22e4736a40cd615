# A group partly handled by except*, the rest uncaught: the traceback shows the remaining group.
def run():
    raise ExceptionGroup("jobs", [ValueError("bad"), OSError("io")])

try:
    run()
except* ValueError as eg:
    print("handled", eg.exceptions)
