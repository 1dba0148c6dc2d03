import sys
import imptop
import impfix

BASE = __file__.rpartition("/")[0]
print(repr(sys))
print(repr(imptop).replace(BASE, "<base>"))
print(repr(impfix).replace(BASE, "<base>"))
m = type(sys)("made_here")
print(repr(m), m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__)
m2 = type(sys)("withdoc", "the doc")
print(m2.__doc__)
print(repr(sys.modules["__main__"]).replace(BASE, "<base>"))
