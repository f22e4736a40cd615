# Common dict idioms: counting, grouping, inverting, merging with precedence, and nested defaults.
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get))
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L", "qty": 3}
print({**defaults, **user}, defaults | user, user | defaults)
merged = dict(defaults)
merged.update(user, qty=9)
print(merged)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(dict(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))))
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}, dict(zip(range(3), "xyz")))
