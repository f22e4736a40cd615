# A failure in a chain of method calls: tildes cover the whole receiver chain.
text = "alpha,beta"
print(text.upper().split(","))
print(text.upper().split(",").pop(5))
