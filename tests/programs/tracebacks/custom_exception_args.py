# A custom exception with several arguments prints the tuple of its arguments.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status

try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e.status, e.args, str(e))
raise HttpError(500, "server error")
