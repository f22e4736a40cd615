# Set algebra identities on small ints: De Morgan, distributivity, subset chains and symmetric difference.
U = set(range(10))
A = {1, 2, 3, 4}
B = set([3, 4, 5, 6])
C = set(range(0, 10, 3))
print(U - (A | B) == (U - A) & (U - B), U - (A & B) == (U - A) | (U - B))
print(A & (B | C) == (A & B) | (A & C), A | (B & C) == (A | B) & (A | C))
print(A ^ B == (A - B) | (B - A), A ^ B ^ B == A, len(A ^ A))
print(A & B <= A <= A | B, A < A | B, not (A < A))
print(sorted(A - B), sorted(B - A), sorted(A & B & C), sorted((A | B | C) - U))
print(A.isdisjoint(U - A), {0}.issubset(C), C.issuperset({3, 6}))
acc = set()
for s in (A, B, C):
    acc |= s
print(acc == A | B | C, len(acc))
