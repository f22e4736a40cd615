# str.format fields: automatic and explicit numbering, keywords, attributes, indexes and conversions.
class P:
    x = 3
    name = "point"
    def __repr__(self):
        return "P()"
data = {"key": "value", 3: "int key"}
print("{} {} {}".format(1, "two", 3.0), "{2} {0} {1} {0}".format("a", "b", "c"), "{name} is {age}".format(name="Ann", age=30))
print("{0.x} {0.name} {p.x}".format(P(), p=P()), "{0[key]} {0[3]} {1[1]}".format(data, [10, 20]), "{d[key]}".format(d=data))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{:}".format(5), "{{}} {{{}}}".format(7))
print("{0}{1}{0}".format("-", "+"), "{[0]}".format("xyz"), "{.real}".format(5), "{0[0][1]}".format([[1, 2]]))
print("{a.x.__class__.__name__}".format(a=P()), "{0[-1]}".format({"-1": "str key"}), "{}".format(P()))
