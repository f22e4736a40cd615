# Classes with __init__, methods, inheritance, super(), class attributes and __repr__/__str__/__eq__.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + ": woof"

    def __eq__(self, other):
        return isinstance(other, Dog) and self.name == other.name


d = Dog("Rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), issubclass(Dog, Animal))
print(d == Dog("Rex"), d == Dog("Max"), d != Dog("Rex"), [Animal("cat"), d])
print(str(d), Dog.__name__, Dog.__mro__)
