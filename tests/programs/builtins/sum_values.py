# sum() over ints, floats (compensated summation as CPython 3.12+), mixed values, lists, and its errors.
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3]), sum(range(101)))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, 3]), sum([], 5), sum(range(4), start=10))
print(sum([0.1, 0.2, 0.3]), sum(x / 10 for x in range(10)), sum([2**64, 0.5]))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum([1, "x"]), lambda: sum([b"a"], b"")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
