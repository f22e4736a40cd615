# __exit__ raising while the with body's exception propagates: both appear, chained by context.
class Resource:
    def __enter__(self):
        print("acquired")
        return self

    def __exit__(self, typ, value, tb):
        print("releasing after", typ.__name__)
        raise OSError("release failed")

with Resource():
    raise ValueError("work failed")
