import time
t = time.time()
print(type(t).__name__, t > 1.6e9)
n = time.time_ns()
print(type(n).__name__, n > 1.6e18)
a = time.monotonic()
b = time.monotonic()
print(b >= a)
p1 = time.perf_counter()
time.sleep(0.02)
p2 = time.perf_counter()
print(p2 - p1 >= 0.015)
print(type(time.process_time()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
time.sleep(0)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
