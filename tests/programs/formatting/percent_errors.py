# %-formatting errors: argument counts, incomplete and unsupported conversions, wrong types.
calls = ["'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % 'a'", "'%x' % 1.5", "'%f' % 'x'", "'%c' % 'ab'", "'%c' % 1.5",
         "'%c' % -1", "'%c' % 0x110000", "'%' % 1", "'%y' % 1", "'abc %' % ()", "'%*d' % ('a', 1)", "'%.*f' % (1.5, 2.0)",
         "'%s' % ()", "'no format' % 5", "'no format' % (1,)", "'%d' % None", "'%o' % 2.0", "'%s %é' % (1, 2)",
         "'%(a)s' % 5", "'%i' % []", "'%e' % None", "'%.2z' % 1"]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
