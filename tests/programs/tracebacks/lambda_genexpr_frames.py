# Frames of lambdas and generator expressions have their own names.
square = lambda v: v * v
print(list(map(square, [1, 2])))
gen = (10 // x for x in [5, 2, 0])
print(sum(gen))
