# A custom exception hierarchy: handlers match subclasses, in order.
class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code

class DbError(AppError):
    pass

class TimeoutDbError(DbError, TimeoutError):
    pass

for exc in [AppError("a"), DbError("d", 5), TimeoutDbError("t", 9), TimeoutError("plain")]:
    try:
        raise exc
    except DbError as e:
        print("db", e, e.code, [c.__name__ for c in type(e).__mro__])
    except AppError as e:
        print("app", e, e.code)
    except OSError as e:
        print("os", e)
