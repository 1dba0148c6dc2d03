import sys
from impall import *

print(GREETING)
print(alpha.A, beta.B)
print("impall.alpha" in sys.modules, "impall.gamma" in sys.modules)
import impall.gamma
print(sorted([k for k in sys.modules if k.startswith("impall")]))
