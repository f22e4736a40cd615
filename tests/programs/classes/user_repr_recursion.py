# Recursive containers holding user objects, __repr__ calling repr() of contents, and containers of classes.
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(Node("leaf"))
print(root)
cyclic = []
cyclic.append(cyclic)
d = {"list": cyclic}
d["self"] = d
print(cyclic, d)
class Wrapper:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return f"W<{self.inner!r}>"
print([Wrapper(1), Wrapper("s"), Wrapper([Wrapper(None)])], {Wrapper(2)}, (Wrapper(()),))
print([int, str, Node], {Node: "cls"}, repr(type(root)))
