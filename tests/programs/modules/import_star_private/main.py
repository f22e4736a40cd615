from stuff import *

print(alpha, beta())
print("_secret" in globals(), "__hidden" in globals())
for name in sorted(k for k in globals() if not k.startswith("__")):
    print(name)
