# A missed comma turns a list of pairs into a call: warned at compile time, a TypeError at run time.
try:
    pairs = [
        (1, 2)
        (3, 4),
    ]
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2, 3]["1"])
except TypeError as e:
    print("TypeError:", e)
