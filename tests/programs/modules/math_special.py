import math
print(math.gamma(5), math.gamma(0.5) == math.sqrt(math.pi), round(math.gamma(0.5), 12), math.gamma(1))
print(round(math.gamma(-2.5), 12), round(math.lgamma(10), 10), math.lgamma(1), math.lgamma(2))
print(round(math.erf(0.5), 12), round(math.erfc(0.5), 12), math.erf(0), math.erfc(0), math.erf(math.inf), math.erf(-math.inf))
print(round(math.erf(2.5), 12), round(math.erfc(3), 15))
for call in ["math.gamma(0)", "math.gamma(-1)", "math.lgamma(0)", "math.gamma(200)", "math.lgamma(-2)"]:
    try:
        print(call, "->", eval(call))
    except (ValueError, OverflowError) as e:
        print(call, "!!", type(e).__name__, e)
