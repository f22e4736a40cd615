# A bare raise re-raises the exception being handled with its original traceback.
def risky():
    return [][0]

def wrapper():
    try:
        risky()
    except IndexError:
        print("logging and re-raising")
        raise

wrapper()
