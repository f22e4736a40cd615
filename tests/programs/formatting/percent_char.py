# %c in str formatting: code points from ints, single characters, widths, and its errors.
print("%c%c%c" % (72, 105, 0x1F600), "[%3c][%-3c]" % ("a", "b"), "%c" % "é", "%c" % True, repr("%c" % 0))
for c in ["'%c' % ''", "'%c' % 'ab'", "'%c' % 1.0", "'%c' % -5", "'%c' % None", "'%c' % [65]"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
