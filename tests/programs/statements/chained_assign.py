# Chained and augmented assignment on names, subscripts and attributes.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 2; n %= 7
print(n)
s = "ab"
s *= 3
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias)
t = (1, 2)
alias_t = t
t += (3,)
print(alias_t, t)
d = {"k": 1}
d["k"] += 10
class O: pass
o = O(); o.v = 1; o.v <<= 4
print(d, o.v)
