import sys
import impfix


class Probe:
    pass


try:
    import impfix.raises
except ZeroDivisionError:
    pass
print("impfix.raises" in sys.modules)
print(getattr(impfix, "raises", "unbound"))
import imptop
imptop.added = "new attribute"
import imptop as again
print(again.added)
del imptop.added
print(hasattr(again, "added"))
