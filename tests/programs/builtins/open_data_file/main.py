with open("data.csv") as f:
    header = f.readline().strip().split(",")
    rows = [line.strip().split(",") for line in f]
print(header)
for name, qty in rows:
    print(f"{name:>8}: {int(qty):3d}")
print(sum(int(q) for _, q in rows))
with open("data.csv") as f:
    print(len(f.read()))
