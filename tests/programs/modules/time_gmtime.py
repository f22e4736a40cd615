import time

# Broken-down UTC times of fixed instants, leap days and the far past and future included.
for secs in [0, 1, -1, 86399, 86400, 951782400, 951868800, 1700000000, 1709210096.75,
             -1.5, 2**31, -2**31, 253402300799, 4102444800, True]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_gmtoff)
print(time.gmtime(1e12))

# Week days and year days around year ends.
for y in [1999, 2000, 2004, 2020, 2021, 2100]:
    start = time.mktime((y, 1, 1, 0, 0, 0, 0, 0, 0))
    end = time.mktime((y, 12, 31, 12, 0, 0, 0, 0, 0))
    print(y, time.gmtime(start)[6:8], time.gmtime(end)[6:8])

# mktime reads local time (UTC here) and normalises out-of-range fields.
print(time.mktime((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)) == time.mktime((2025, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2024, 3, 0, 0, 0, 0, 0, 0, 0)) == time.mktime((2024, 2, 29, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2024, 1, 1, 25, 61, 61, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.mktime(time.gmtime(1700000000)))
print(type(time.mktime(time.gmtime(0))).__name__)

# asctime and ctime.
print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1700000000)))
print(time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)))
print(time.asctime((1999, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.ctime(0), "|", time.ctime(1e9), "|", time.ctime(-86400 * 365))

# localtime agrees with gmtime in shape and with mktime as its inverse.
lt = time.localtime(1700000000)
print(type(lt).__name__, len(lt), lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1)
print(time.mktime(lt) == 1700000000.0)
print(type(time.localtime()).__name__, type(time.gmtime()).__name__, len(time.localtime(None)))
print(time.asctime() == time.asctime(time.localtime()) or "clock moved")
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))

# Errors.
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for bad in ["x", float("nan"), float("inf"), 2**63, -2**63 - 1, 1e19, [1]]:
    attempt(time.gmtime, bad)
    attempt(time.localtime, bad)
    attempt(time.ctime, bad)
attempt(time.gmtime, 1, 2)
attempt(time.ctime, 1, 2)
attempt(time.mktime)
attempt(time.mktime, 1, 2)
for bad in ["x", [1] * 9, (1,) * 8, (1,) * 10, ("a",) * 9, (1.5,) * 9,
            (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (1, 2**63, 1, 0, 0, 0, 0, 1, 0)]:
    attempt(time.mktime, bad)
    attempt(time.asctime, bad)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 9, 366, 5)]:
    attempt(time.asctime, bad)
attempt(time.asctime, (1, 2), 3)
