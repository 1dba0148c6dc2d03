import sys
import impfix.helper
import impfix

del impfix.helper
print(hasattr(impfix, "helper"))
from impfix import helper
print(helper is sys.modules["impfix.helper"])
import impfix.helper as h
print(h is helper)
