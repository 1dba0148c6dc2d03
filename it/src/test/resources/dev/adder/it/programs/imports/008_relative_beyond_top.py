try:
    import impfix.beyond
except ImportError as e:
    print(type(e).__name__, e)

import sys
print("impfix.beyond" in sys.modules)
import impfix.beyond
