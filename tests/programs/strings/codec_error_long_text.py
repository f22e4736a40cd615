# An encoding error in a long text reports its position without copying the text into an argument list.
text = "a" * 500000 + "\ud800" + "b"
for codec in ("utf-8", "ascii", "utf-16-le"):
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e.reason, e.start, e.end, len(e.object))
