# A missing class attribute: "type object" message and a suggestion from the class's attributes.
class Settings:
    timeout = 30
    retries = 3

print(Settings.timeout)
print(Settings.retires)
