import sys
import impfix

print(hasattr(impfix, "notpkg"))
import impfix.notpkg
print(hasattr(impfix, "notpkg"), impfix.notpkg.PLAIN)
del impfix.notpkg
import impfix.notpkg
print(hasattr(impfix, "notpkg"))
from impfix import notpkg
print(notpkg is sys.modules["impfix.notpkg"])
import impfix.notpkg as np
print(np is notpkg)
