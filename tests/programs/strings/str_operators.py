# str + and *: concatenation, repetition with ints, bools and negatives, and the TypeErrors.
print("ab" + "cd", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100, "ab" * True, "-" * False)
s = "a"
s += "b"
s *= 2
print(s)
class Times:
    def __rmul__(self, other):
        return f"rmul({other!r})"
    def __radd__(self, other):
        return f"radd({other!r})"
print("ab" * Times(), "ab" + Times())
for c in ["'a' + 1", "1 + 'a'", "'a' * 1.5", "1.5 * 'a'", "'a' * 'b'", "'a' * None", "[] + 'a'", "'a' - 'b'", "'a' * (2 ** 100)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
