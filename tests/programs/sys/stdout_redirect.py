import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


saved_out, saved_err = sys.stdout, sys.stderr
cap = Capture()
sys.stdout = cap
print("hidden", 1, 2)
print("second line", end="!")
sys.stdout = saved_out
print(cap.parts)
err = Capture()
sys.stderr = err
print("err text", file=sys.stderr)
sys.stderr = saved_err
print(err.parts)
sys.stdout = None
print("goes nowhere")
sys.stdout = saved_out
print("back")
