from impfix.allmod import *

print(x, y, _hidden)
try:
    print(z)
except NameError as e:
    print(e)
try:
    print(_other)
except NameError as e:
    print(e)
