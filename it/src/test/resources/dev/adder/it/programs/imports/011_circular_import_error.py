try:
    import impfix.circ_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, e.name)
    print(msg.split(" (most likely")[0])
    print("circular import" in msg)
import sys
print("impfix.circ_a" in sys.modules, "impfix.circ_b" in sys.modules)
