# str.format errors: braces, missing arguments, bad conversions, numbering switches, recursion depth.
calls = ["'{'.format(1)", "'}'.format(1)", "'{0'.format(1)", "'a}b'.format()", "'{}'.format()", "'{1}'.format(0)",
         "'{x}'.format(y=1)", "'{0!x}'.format(1)", "'{0!}'.format(1)", "'{0!rr}'.format(1)", "'{}{0}'.format(1, 2)",
         "'{0}{}'.format(1, 2)", "'{a.}'.format(a=1)", "'{a.b}'.format(a=1)", "'{0[}'.format([1])", "'{0]}'.format([1])",
         "'{0[0]x}'.format([1])", "'{:{:{}}}'.format(1, 2, 3)", "'{0[5]}'.format([1])", "'{:d}'.format('s')",
         "'{:s}'.format(5)", "'{a[}'.format(a=1)", "'{0:{x}}'.format(1)", "'{!r'.format(1)", "'{0.}'.format(1)"]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
