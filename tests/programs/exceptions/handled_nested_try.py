# Nested try blocks: inner handlers, re-raising with a new type, and else/finally interplay.
def parse(values):
    results = []
    for v in values:
        try:
            try:
                results.append(int(v))
            except ValueError:
                results.append(float(v))
        except ValueError:
            results.append(None)
        finally:
            results.append("|")
    return results

print(parse(["1", "2.5", "x"]))
def convert(v):
    try:
        return int(v)
    except (TypeError, ValueError) as e:
        raise LookupError(f"cannot convert {v!r}") from e
for v in ["7", None, "q"]:
    try:
        print(convert(v))
    except LookupError as e:
        print(e, "<-", type(e.__cause__).__name__)
