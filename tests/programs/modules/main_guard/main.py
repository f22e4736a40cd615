import library
print("main:", __name__)
if __name__ == "__main__":
    print("running as script")
    print(library.whoami())
