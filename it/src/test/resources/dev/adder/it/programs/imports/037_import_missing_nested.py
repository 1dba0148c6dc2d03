import sys

try:
    import impfix.uses_missing
except ModuleNotFoundError as e:
    print(e.name, e)
print("impfix.uses_missing" in sys.modules)
import impfix.attr_err
