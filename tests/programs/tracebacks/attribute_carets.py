# A missing attribute in the middle of an expression.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x + p.y)
print("z is", p.x + p.z)
