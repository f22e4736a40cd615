import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(0.0))
print(type(math.pi).__name__, math.tau == 2 * math.pi)
print(repr(math), math.__name__)
