import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
shown = []
sys.displayhook = shown.append
exec(compile("1 + 2", "<x>", "single"))
print(shown)
sys.displayhook = sys.__displayhook__
exec(compile("[1, 2]", "<x>", "single"))
