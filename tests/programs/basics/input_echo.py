# input() reads standard input line by line; EOFError at the end.
name = input("name? ")
age = int(input())
print(f"{name} is {age}")
try:
    input()
except EOFError as e:
    print("EOF:", e)
