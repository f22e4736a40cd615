# The int/str conversion limit: 4300 digits by default, adjustable with sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits())
ok = 10 ** 4299
print(len(str(ok)), len(repr(-ok)))
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000, len(hex(big)), len(bin(big)), f"{big:x}"[:10])
sys.set_int_max_str_digits(5000)
print(len(str(big)), int("2" * 4500) % 97)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
