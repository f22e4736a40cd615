# except* cannot catch ExceptionGroup itself, nor classes that are not exceptions.
for handler in ["ExceptionGroup", "int"]:
    try:
        exec(f"""
try:
    raise ExceptionGroup('x', [ValueError()])
except* {handler}:
    pass
""")
    except TypeError as e:
        print("TypeError:", e)
