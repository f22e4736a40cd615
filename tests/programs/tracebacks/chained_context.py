# An exception raised while handling another: both are printed with the context banner.
def cleanup(resource):
    return resource.close()

def process(data):
    try:
        return data[10]
    except IndexError:
        cleanup(None)

process([1, 2, 3])
