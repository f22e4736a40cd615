import sys
sys.path.insert(0, "lib")
import extra
print(extra.where())
sys.path.remove("lib")
import sys as s2
print(s2 is sys)
try:
    import hidden_away
except ModuleNotFoundError as e:
    print(e)
