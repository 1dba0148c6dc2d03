# large int to str conversion limit (3.11 default 4300 digits)
import sys
big = 10 ** 4000
print(len(str(big)))
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
