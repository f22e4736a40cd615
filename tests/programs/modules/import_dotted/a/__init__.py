print("a init")
