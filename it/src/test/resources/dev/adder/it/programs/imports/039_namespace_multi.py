import sys

BASE = __file__.rpartition("/")[0]
import impns2
print(impns2.__file__, len(impns2.__path__))
from impns2.a import one
print(one.ONE, one.__package__, one.__spec__.parent)
print("impns2.a" in sys.modules, impns2.a.__file__)
try:
    import impns2.missing
except ModuleNotFoundError as e:
    print(e)
