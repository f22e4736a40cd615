# float() errors: invalid strings, misplaced underscores, wrong types, huge ints, bad __float__.
class Bad:
    def __float__(self):
        return 1
for c in ["float('')", "float('abc')", "float('1_')", "float('_1')", "float('1__0')", "float('1._5')",
          "float('0x10')", "float('1e')", "float('.')", "float('infinit')", "float('1.5 2')", "float(b'x1')",
          "float([])", "float(None)", "float(10 ** 400)", "float(Bad())", "float('1', '2')", "float(x='1')"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
