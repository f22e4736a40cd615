UNIT = "cm"


def area(side):
    return side * side


def perimeter(side):
    return 4 * side


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return area(self.side)

    def __repr__(self):
        return f"Square({self.side})"
