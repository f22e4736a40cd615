import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(2**80, 2**70 * 3))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(10, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(10, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.prod(["ab"], start=1), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 4]))
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.isqrt(-1),
             lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-1),
             lambda: math.perm(3, -1), lambda: math.gcd(1.5), lambda: math.lcm(2.0, 3),
             lambda: math.prod([1], 2), lambda: math.sumprod([1], [1, 2]), lambda: math.comb(1.5, 1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
