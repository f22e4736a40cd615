# Operator overloading: arithmetic, reflected operands, in-place operators, unary ops and NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __lshift__(self, k):
        return V(self.x << k, self.y << k)
    def __and__(self, o):
        return "and"
    def __ror__(self, o):
        return "ror"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a @ b, -a, +a, abs(V(3, 4)), ~a)
print(a / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), a << 2, a & 1, 1 | a)
try:
    a - 1
except AttributeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc.items, acc is ref, acc + 3)
class OnlyAdd:
    def __add__(self, o):
        return "added"
o = OnlyAdd()
o += 5
print(o)
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd first"
print(V(1, 1) + Sub(2, 2))
try:
    -object()
except TypeError as e:
    print(e)
try:
    V(1, 2) ** "x"
except TypeError as e:
    print(e)
