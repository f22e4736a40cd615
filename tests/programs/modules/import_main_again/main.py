import sys
print("running as", __name__)
if __name__ == "__main__":
    import main
    print(main.__name__, main is sys.modules["__main__"], "main" in sys.modules)
    print(sys.modules["__main__"].__name__)
