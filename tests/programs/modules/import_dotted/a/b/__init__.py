print("a.b init")
