# Numeric protocol on a user class: __index__, __int__, __float__, __round__, __abs__, __divmod__, comparisons.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __index__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __round__(self, n=None):
        return Money(round(self.cents, -2 if n is None else n))
    def __divmod__(self, k):
        q, r = divmod(self.cents, k)
        return Money(q), Money(r)
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
m = Money(1234)
print(int(m), float(m), round(m), divmod(m, 100), [0, 1, 2, 3][Money(2)], bin(Money(5)), hex(m))
print(range(10)[Money(3)], "abcdef"[Money(1):Money(4)], Money(1) < Money(2), sorted([Money(3), Money(1)]))
print(operator_index := m.__index__(), len({Money(1), Money(1)}))
class Halfway:
    def __int__(self):
        return 7
print(int(Halfway()))
try:
    [1, 2][Halfway()]
except TypeError as e:
    print(e)
try:
    float(Halfway())
except TypeError as e:
    print(e)
