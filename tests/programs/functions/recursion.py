# Recursive algorithms: factorial, Ackermann (small), permutations, hanoi.
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out

moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)

hanoi(4, "A", "B", "C")
print(fact(25), ack(2, 3), perms([1, 2, 3]), len(moves), moves[:3])
