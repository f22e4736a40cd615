# A first program for Ophis: names, numbers, strings and an f-string.
def greet(name: str, times: int = 2) -> str:
    return " ".join([f"Hello, {name}!"] * times)


if __name__ == "__main__":
    print(greet("world"))
