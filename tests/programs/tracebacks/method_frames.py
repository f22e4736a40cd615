# Methods, class methods and static methods in a traceback.
class Stack:
    def __init__(self):
        self.items = []

    @classmethod
    def of(cls, *values):
        s = cls()
        for v in values:
            s.push(v)
        return s

    @staticmethod
    def check(v):
        if v is None:
            raise ValueError("None is not allowed")

    def push(self, v):
        self.check(v)
        self.items.append(v)

print(Stack.of(1, 2).items)
Stack.of(1, None)
