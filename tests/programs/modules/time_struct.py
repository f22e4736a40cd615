import time

st = time.struct_time
print(st.__name__, st.__module__, st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(st.__match_args__)
g = time.gmtime(1700000000)
print(g)
print(repr(g) == str(g), len(g), g[0], g[-1], g[2:5], list(g)[:3])
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_gmtoff)
print(isinstance(g, tuple), type(g) is st, g == tuple(g), hash(g) == hash(tuple(g)))
print(g == time.gmtime(1700000000), g < time.gmtime(1700000001), g + (1,))
year, mon, *rest = g
print(year, mon, rest)
match g:
    case st(tm_year=2023, tm_mon=m):
        print("matched month", m)

s = st((2024, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = st((2024, 1, 2, 3, 4, 5, 6, 7, 8, "XYZ", 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2), tuple(s2))
print(s2.__reduce__())
print(st([1, 2, 3, 4, 5, 6, 7, 8, 9]))
print(st(range(9)))
print(st("abcdefghi"))
print(st((1,) * 9, {"tm_zone": "Q", "tm_gmtoff": 60}).tm_zone, st((1,) * 9, {"tm_zone": "Q"}).tm_gmtoff)
print(st(sequence=(0,) * 9, dict={}).tm_year)
lt = time.localtime(0)
print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__, lt[:6] == time.gmtime(-lt.tm_gmtoff)[:6])
print(time.mktime(s2) == time.mktime(tuple(s2)))

for args in [((1, 2, 3),), (tuple(range(12)),), (5,), ((1,) * 9, 5), ((1,) * 9, None), ((1,) * 9, {}, 3), ()]:
    try:
        print(st(*args))
    except TypeError as e:
        print(e)
try:
    st((1,) * 9, x=1)
except TypeError as e:
    print(e)
try:
    g.tm_year = 5
except AttributeError as e:
    print("AttributeError")
try:
    g[0] = 5
except TypeError as e:
    print("TypeError")

r = s2.__replace__(tm_year=1999, tm_zone="UTC")
print(r, r.tm_zone, r.tm_gmtoff, type(r).__name__)
for args, kwargs in [((1,), {}), ((), {"x": 1, "y": 2})]:
    try:
        g.__replace__(*args, **kwargs)
    except TypeError as e:
        print(e)
