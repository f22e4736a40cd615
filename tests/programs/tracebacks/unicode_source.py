# Carets stay aligned after non-ASCII characters on the line.
greeting = "héllo wörld"
prices = {"café": 3}
print(greeting, prices["café"])
print(greeting + prices["thé"])
