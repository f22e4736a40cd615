# User exception classes: hierarchies, extra attributes, __str__ overrides, args and except ordering.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    def __str__(self):
        return f"invalid: {self.args}"
for exc in [NotFound("x"), Invalid(1, 2), AppError("generic"), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.name, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3], isinstance(Invalid(), AppError))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")), [WithRepr()])
try:
    raise NotFound
except TypeError as e:
    print(e)
