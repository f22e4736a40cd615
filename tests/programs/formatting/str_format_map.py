# str.format_map: dicts, dict subclasses with __missing__, mappings, and positional fields rejected.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map({"name": "Bo", "age": 4}), "{a} {b}".format_map(Default(a=1)))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world!r} {x:>3}".format_map(Mapping()), "{x[0]}".format_map({"x": "abc"}), "plain".format_map({}))
for c in ["'{x}'.format_map({})", "'{0}'.format_map({})", "'{}'.format_map({})", "'{x}'.format_map(1)", "'a'.format_map()"]:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
