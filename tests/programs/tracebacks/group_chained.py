# An exception group raised while handling another exception, with notes on a member.
def work():
    try:
        {}["missing"]
    except KeyError:
        e = ValueError("bad value")
        e.add_note("while parsing record 7")
        raise ExceptionGroup("batch failed", [e, OSError("disk full")])

work()
