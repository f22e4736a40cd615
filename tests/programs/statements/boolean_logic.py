# De Morgan's laws, truth tables and operator precedence of not/and/or with comparisons.
for a in (False, True):
    for b in (False, True):
        print(a, b, a and b, a or b, not (a and b) == (not a or not b), not a or b)
print(not 1 == 2, (not 1) == 2, 1 < 2 == 2, 1 if 0 else 2 if 0 else 3)
print(True + 1 == 2 and "x" * 2 or "never", [] or {} or 0 or None)
