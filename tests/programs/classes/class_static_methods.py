# classmethod and staticmethod: binding through instances, classes and subclasses, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        return s.count("-") == 2
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-01-02"), MyDate.from_string("1999-12-31"), MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_valid("1-2-3"), Date(1, 1, 1).is_valid("x"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
cm = Date.__dict__["from_string"]
print(cm.__func__.__name__, Date.from_string.__self__ is Date)
sm = staticmethod(len)
print(sm("abc"), staticmethod(len).__func__ is len)
class K:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class L(K):
    pass
print(K.inc(), K.inc(), L.inc(), K.count, L.count)
print(type(K.inc).__name__, type(K().inc).__name__)
