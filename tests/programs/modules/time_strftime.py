import time

t = time.gmtime(1709210096)  # Thu Feb 29 12:34:56 2024
for directive in "aAbBcdHIjmMpSUwWxXyYeGVuCDFTRnth%":
    print(directive, repr(time.strftime("%" + directive, t)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", t))
print(time.strftime("%s", t), time.strftime("%z", t))
print(repr(time.strftime("", t)), repr(time.strftime("no directives", t)))
print(repr(time.strftime("100%%", t)))
print(repr(time.strftime("é%Yü", t)))

# The E and O modifiers change nothing in the C locale.
print(repr(time.strftime("%Ey|%EC|%Od|%Om|%OH|%Ec|%Ex|%EX", t)))

# Fields taken as given: week days, year days, 12-hour clock, AM and PM.
for fields in [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 12, 31, 23, 59, 60, 1, 366, 0),
               (2021, 1, 3, 12, 5, 9, 6, 3, 0), (2020, 12, 31, 11, 0, 0, 3, 366, 0),
               (2015, 1, 1, 13, 0, 0, 3, 1, 0), (2027, 1, 1, 1, 2, 3, 4, 1, 0),
               (1999, 0, 0, 0, 0, 0, 0, 0, 0), (1066, 10, 14, 9, 0, 0, 5, 287, 0),
               (1900, 3, 1, 0, 0, 0, 3, 60, 0)]:
    print(time.strftime("%a %A %b %B %d %j %U %W %V %G %g %u %w %I %p %y %C %e", fields))

# ISO weeks across year ends, from gmtime.
for day in range(-4, 5):
    secs = time.mktime((2021, 1, 1 + day, 0, 0, 0, 0, 0, 0))
    print(time.strftime("%Y-%m-%d %a %G-W%V-%u %U %W", time.gmtime(secs)))

# Time zones: %z and %Z from a plain tuple follow tm_isdst.
print(repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime("%z", (2024, 1, 1, 0, 0, 0, 0, 1, 0))))
zoned = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", -19800))
print(repr(time.strftime("%Z %z", zoned)))
print(repr(time.strftime("%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "X", 3600 * 5 + 45 * 60)))))
print(time.strftime("%Y", time.localtime(0)), time.strftime("%H:%M", time.localtime(3600)) in ("01:00", time.strftime("%H:%M", time.localtime(3600))))
print(isinstance(time.strftime("%Y"), str))

def attempt(*args):
    try:
        print(repr(time.strftime(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt()
attempt(5)
attempt(b"%Y", t)
attempt("%Y", t, 3)
attempt("%Y", 5)
attempt("%Y", [2024] * 9)
attempt("%Y", (1,) * 8)
attempt("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("%Y", (2024, 1, 1, 0, 0, 0, 0, 0, 0))
attempt("%Y", (2024, 1, 1, 0, 0, 0, -1, 1, 0))
attempt("%Y", ("2024", 1, 1, 0, 0, 0, 0, 1, 0))
attempt("%Y", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 5, 0)))
attempt("%Y", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "Z", "x")))
attempt("a\0b", t)
try:
    time.strftime("%Y", t=t)
except TypeError as e:
    print(e)
