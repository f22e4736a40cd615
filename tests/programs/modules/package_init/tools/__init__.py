print("initialising", __name__)
VERSION = (1, 2)
