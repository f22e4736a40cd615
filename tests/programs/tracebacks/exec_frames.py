# Frames of code run by exec are named <module> in file <string>; their source lines are not shown.
code = """
def helper(n):
    return 10 / n
helper(0)
"""
print("running")
exec(code)
