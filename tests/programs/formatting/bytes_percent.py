# %-formatting of bytes: %s and %b of bytes-like objects, %d %x %c, %r as ascii, mappings and errors.
print(b"%s|%b|%d|%x|%c|%c|%5s|%-4b|" % (b"ab", bytearray(b"cd"), 42, 255, 65, b"Z", b"r", b"l"))
print(b"%r %a %05.1f %%" % ("é", b"x", 2.25), b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, bytearray(b"%s") % (b"ba",))
for c in ["b'%s' % 'str'", "b'%s' % 5", "b'%c' % 256", "b'%c' % b'ab'", "b'%s %s' % (b'a',)", "b'%y' % 1", "b'%s' % (b'a', b'b')"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
