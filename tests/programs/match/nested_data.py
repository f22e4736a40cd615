# Matching nested structures: an expression evaluator over tuples, dicts and small classes.
class Num:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
def ev(node):
    match node:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return ev(l) + ev(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l) * ev(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown op {op}")
        case ("neg", x):
            return -ev(x)
        case {"const": c}:
            return c
        case int() | float():
            return node
tree = BinOp("+", Num(2), BinOp("*", Num(3), Num(4)))
print(ev(tree), ev(BinOp("*", Num(0), BinOp("?", 1, 2))), ev(("neg", Num(5))), ev({"const": 9}), ev(2.5))
try:
    ev(BinOp("?", Num(1), Num(2)))
except ValueError as e:
    print(e)
print(ev(["neg", 4]), ev("nothing"))
events = [("click", (10, 20)), ("key", "a"), ("click", (0, 0)), ("scroll", -3), ("key", "ctrl", "c")]
for ev_ in events:
    match ev_:
        case ("click", (0, 0)):
            print("click at origin")
        case ("click", (x, y)):
            print("click", x + y)
        case ("key", str(k)):
            print("key", k)
        case ("scroll", int(d)) if d < 0:
            print("scroll up", -d)
        case (kind, *args):
            print("other", kind, args)
