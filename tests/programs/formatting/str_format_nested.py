# Nested replacement fields inside format specs, and the format spec reaching __format__.
print("{:{}}".format("x", 5) + "|", "{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:>{}}".format("r", 4), "{:{}{}}".format(42, "+", "08"))
class Spec:
    def __format__(self, spec):
        return f"<{spec}>"
print("{:abc}".format(Spec()), "{0:{1}}".format(Spec(), "nested"), f"{Spec():x{1 + 1}y}", format(Spec()), format(Spec(), "q"))
print("{:{}}".format(Spec(), "{"), "{0:}|{0:{1}}".format(Spec(), ""))
