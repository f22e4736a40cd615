# __bool__ and __len__: truth testing, len() results and errors.
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), len(L(5)), not L(0))
print("yes" if L(2) else "no", [x for x in [L(0), L(1), B(False)] if x].__len__())
class Empty:
    pass
print(bool(Empty()))
for obj in [B(1), L(-1), L("x"), L(2.0)]:
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(L(-1))
except ValueError as e:
    print(e)
try:
    len(Empty())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class BigLen:
    def __len__(self):
        return True
print(len(BigLen()))
