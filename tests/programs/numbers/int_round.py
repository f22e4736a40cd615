# round() of ints: no digits, positive digits, and negative digits with ties to even.
for n in [0, 5, 15, 25, 35, -15, -25, 1234, 1250, 1350, -1250, 10**20 + 5 * 10**10]:
    print(n, round(n), round(n, 2), round(n, -1), round(n, -2), round(n, -11))
print(type(round(7)), type(round(7, -1)), round(True), type(round(True)), round(True, -1))
print(round(5, -1000), round(-5, -1000), round(123, ndigits=-1), round(number=123))
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
