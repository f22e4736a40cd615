# Placeholders: pass, Ellipsis, and empty bodies with docstrings only.
def todo():
    ...

class Empty:
    "Only a docstring."

def nothing():
    pass

print(todo(), nothing(), Empty.__doc__, ..., Ellipsis is ..., type(...).__name__)
if True:
    pass
for _ in range(2):
    pass
print(repr(Ellipsis), bool(...))
