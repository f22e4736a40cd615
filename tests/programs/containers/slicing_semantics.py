# Slicing edge cases shared by str, list, tuple and range: clamping, negative steps, empty results.
seqs = ["abcdefg", list("abcdefg"), tuple("abcdefg"), range(7)]
slices = [slice(None), slice(2, None), slice(None, -2), slice(-3, -1), slice(5, 2), slice(5, 2, -1), slice(None, None, -2), slice(-100, 100, 3), slice(1, 1), slice(10, 20)]
for s in slices:
    row = []
    for seq in seqs:
        r = seq[s]
        row.append(r if isinstance(r, str) else list(r))
    print(s, row[0], row[1] == list(row[0]), row[2] == row[1], row[3])
print("abc"[::-1], [1, 2, 3][-1::-1], (1, 2, 3)[:-1], range(10)[-1:-4:-1])
