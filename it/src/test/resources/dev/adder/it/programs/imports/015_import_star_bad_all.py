try:
    from impfix.badall import *
except TypeError as e:
    print(type(e).__name__, e)
print(ok)
