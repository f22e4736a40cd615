# Mapping patterns: required keys, **rest, nested values, non-dict mappings and duplicate keys.
def route(req):
    match req:
        case {"method": "GET", "path": path}:
            return f"get {path}"
        case {"method": "POST", "path": path, "body": {"id": int(i)}}:
            return f"post {path} id={i}"
        case {"method": m, **rest} if rest:
            return f"{m} with extra {sorted(rest)}"
        case {"method": m}:
            return f"bare {m}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
for r in [{"method": "GET", "path": "/"}, {"method": "POST", "path": "/x", "body": {"id": 3}}, {"method": "POST", "path": "/x", "body": {"id": "no"}},
          {"method": "PUT", "q": 1, "a": 2}, {"method": "DEL"}, {"other": 1}, [("method", "GET")], "GET"]:
    print(route(r))
class Lookup(dict):
    def __missing__(self, key):
        return "default"
match Lookup(a=1):
    case {"b": x}:
        print("matched missing", x)
    case {"a": x}:
        print("a is", x)
match {"x": 1, "y": 2}:
    case {"x": 1, **rest}:
        print(rest, type(rest).__name__)
