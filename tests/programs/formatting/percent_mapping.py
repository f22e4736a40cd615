# %-formatting with a mapping: named fields, repeated keys, flags with names, '*' not mixed.
d = {"name": "Ada", "n": 3, "x": 2.5, "paren(s)": "nested"}
print("%(name)s has %(n)d items costing %(x).2f" % d, "%(name)r %(name)s" % d, "%(n)05d|%(n)-5d|%(n)x" % d)
print("%(paren(s))s" % d, "%%(name)s" % d, "%s" % d == str(d), "%(a)s %(b)s" % {"a": 1, "b": 2, "c": 3})
class M:
    def __getitem__(self, key):
        return key * 2
print("%(ab)s %(x)s" % M())
for c in ["'%(missing)s' % d", "'%(name)s' % ('a',)", "'%(name' % d", "'%(n)*d' % d", "'%(name)s %s' % d"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
