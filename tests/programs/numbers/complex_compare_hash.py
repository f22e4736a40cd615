# complex equality with int (exact), float and complex; no ordering; hash consistent with int and float.
inf = float("inf")
nan = float("nan")
print(1j == 1j, 1j == 0, complex(1, 0) == 1, 1 == complex(1, 0), complex(1, 0) == 1.0, 1.0 == complex(1, 0))
print(complex(2 ** 53, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, complex(1e300, 0) == 10 ** 300)
print(complex(1, 0) != True, complex(0, 0) == False, complex(nan, 0) == complex(nan, 0), complex(nan, 0) != nan)
print(complex(0.0, -0.0) == 0, complex(-0.0, 0.0) == 0j, complex(inf, 0) == inf, complex(1, 1) == 1)
print(1j == "a", 1j != None, [1j] == [1j], 1j in [0, 1j], 1.0 in [1 + 0j], (2, 1j) == (2.0, 1j))
print((1j).__eq__(1j), (1j).__ne__(1), (1j).__lt__(1j), (1j).__eq__("x"), (1j).__ge__(0))
for a, b in [(1j, 1j), (1j, 1), (1, 1j), (1.5, 2j), (1j, None)]:
    for op in ["<", "<=", ">", ">="]:
        try:
            print(eval(f"a {op} b"))
        except TypeError as e:
            print(e)
for z in [complex(1.5, 0), complex(2, 0), complex(-1, 0), complex(0, 0), complex(-0.0, -0.0), complex(inf, 0)]:
    print(z, hash(z) == hash(z.real), hash(z) == hash(int(z.real)) if z.real.is_integer() else "-")
print(hash(1j), hash(complex(1, 2)), hash(complex(-1, 0)), hash(complex(0, -1)), hash(complex(3, -1)), hash(complex(-1000004, 1)))
print(hash(complex(1.5, 2.5)) == hash(complex(1.5, 2.5)), hash(1 + 2j) == hash(complex("1+2j")))
print(len({1j, complex(0, 1.0), 2j}), {1 + 1j: "a"}[complex("1+1j")], complex.__hash__(1j))
