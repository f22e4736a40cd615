def whoami():
    return __name__


if __name__ == "__main__":
    print("never printed")
else:
    print("library imported as", __name__)
