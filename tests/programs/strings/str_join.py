# str.join over lists, tuples, generators, dict keys and strings, and the errors for non-str items.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "+".join(str(i) for i in range(5)))
print("|".join({"k1": 1, "k2": 2}), "".join([]), " ".join(["solo"]), "😀".join(["a", "b"]))
class S(str):
    pass
print("/".join([S("p"), "q"]), type("".join([S("z")])).__name__)
for c in ["','.join([1, 2])", "','.join(['a', None])", "','.join(5)", "','.join()", "','.join(['a'], ['b'])", "','.join([b'x'])"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
