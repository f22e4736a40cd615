# NameError suggests a close name from locals, globals or builtins.
counter = 10

def report():
    total_count = 5
    print("total:", total_count)
    print("count:", totl_count)

print(countr if False else "skip")
report()
