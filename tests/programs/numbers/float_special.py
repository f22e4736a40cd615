# Arithmetic with infinities and NaN, signed zeros, and the float() of special values.
inf, nan = float("inf"), float("-nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf / 2, 1 / inf, -1 / inf, nan + 1, abs(-inf), -(-inf))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, abs(-0.0), -0.0 == 0.0, str(-0.0), 0.0 / -1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2, 5e-324 / 2)
print(float("inf") == float("Infinity"), repr(float("-inf")), str(nan), nan != nan)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.copysign(1.0, -0.0))
