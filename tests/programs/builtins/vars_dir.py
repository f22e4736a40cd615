class P:
    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
print(vars(p))
vars(p)["z"] = 3
print(p.z)
print(vars(p) is p.__dict__)
try:
    vars(5)
except TypeError as e:
    print(e)


def local_names():
    a = 1
    b = 2
    return dir(), sorted(vars())


print(local_names())
print(dir()[:3] == sorted(dir())[:3])
