# An exception raised in a finally block while another propagates.
def close_all():
    try:
        raise ConnectionError("lost connection")
    finally:
        raise RuntimeError("cleanup failed")

close_all()
