# Inside a method, a bare name that is an attribute of self is suggested as self.<name>.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + name

print(Greeter("bo").name)
print(Greeter("bo").greet())
