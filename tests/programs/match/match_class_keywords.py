# Class patterns with keyword sub-patterns only: attributes from properties, methods and missing attributes.
class User:
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin
    @property
    def initials(self):
        return self.name[0].upper()
    def greet(self):
        return "hi"
def check(u):
    match u:
        case User(admin=True, name=n):
            return f"admin {n}"
        case User(initials="B"):
            return "starts with B"
        case User(missing=_):
            return "has missing?"
        case User(name=str() as n) if len(n) > 3:
            return f"long name {n}"
        case object(name=n):
            return f"something named {n}"
        case _:
            return "nothing"
class Other:
    name = "other"
for u in [User("root", True), User("bob"), User("carol"), User("al"), Other(), 5]:
    print(check(u))
match User("x"):
    case User(greet=g):
        print(g())
