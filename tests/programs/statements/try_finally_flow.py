# finally runs on return, break and continue; a return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return "done"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(f(), g(), h())
