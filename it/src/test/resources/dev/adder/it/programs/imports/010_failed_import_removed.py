import sys

try:
    import impfix.raises
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)

print("impfix.raises" in sys.modules)
print(hasattr(sys.modules["impfix"], "raises"))
try:
    import impfix.raises
except ZeroDivisionError:
    print("executed again and failed again")
import impfix.raises
