from shapes import area, perimeter as per, UNIT
from shapes import Square

print(area(3), per(3), UNIT)
s = Square(4)
print(s, s.area())
try:
    from shapes import volume
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0])
    print(e.name, e.path.endswith("shapes.py"))
from shapes import area as a2
print(a2 is area)
