# %-formatting with %s, %r and %a: widths, precision, left alignment and tuples of arguments.
print("%s|%r|%a" % ("é", "é", "é"), "%s" % (1,), "%s" % [1, 2], "%s and %s" % ("a", "b"), "%%s" % ())
print("[%10s][%-10s][%.2s][%5.1s][%-5.3r]" % ("right", "left", "trunc", "xyz", "abc"), "%s" % None, "%r" % 1.5)
print("%*s|%-*s|%.*s" % (6, "a", 6, "b", 2, "cdef"), "%s" % {"k": 1}, "%s %s" % (True, b"by"), "%5%|" % ())
print("no args" % (), "%s" % ((1, 2),), "%(a)s" % {"a": "dict"}, "%c%c" % ("h", 105))
