# OSError subclasses format errno, strerror and file names; a single argument is just a message.
e = FileNotFoundError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(str(e))
e2 = FileExistsError(17, "File exists", "a", None, "b")
print(type(e2).__name__, str(e2), e2.filename2)
e3 = OSError("just a message")
print(type(e3).__name__, e3.errno, e3.strerror, str(e3), e3.args)
e4 = PermissionError(13, "Permission denied")
print(type(e4).__name__, str(e4), e4.args, e4.filename)
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, "missing", "x.cfg")
except OSError as err:
    print("caught", repr(err.filename), err.errno, repr(err))
class AppIOError(OSError):
    def __init__(self, message):
        super().__init__(message)
print(str(AppIOError("custom")), AppIOError("custom").errno)
e5 = OSError(1, 2, 3, 4, 5, 6)
print(e5.errno, e5.args)
