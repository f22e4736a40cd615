# A failing subscript: the tildes cover the container, carets the bracketed key.
config = {"server": {"host": "localhost", "port": 8080}}

def lookup(section, key):
    value = config[section][key]
    return value

print(lookup("server", "host"))
print(lookup("server", "user"))
