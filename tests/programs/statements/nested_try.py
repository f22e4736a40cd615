# Nested try statements: inner handlers, re-raising to outer ones, else and finally ordering.
def risky(n):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError("one")
            if n == 2:
                raise KeyError("two")
        except ValueError:
            log.append("inner caught ValueError")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"outer caught {e!r}")
    finally:
        log.append("outer finally")
    return log

for n in range(3):
    print(n, risky(n))
