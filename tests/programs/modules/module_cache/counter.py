print("executing counter")
loads = 1
