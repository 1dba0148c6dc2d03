import impfix.getattr_mod as m

print(m.REAL)
print(m.dyn_value)
print(getattr(m, "dyn_x"))
from impfix.getattr_mod import dyn_imported
print(dyn_imported)
try:
    m.missing
except AttributeError as e:
    print(e)
try:
    from impfix.getattr_mod import other
except ImportError as e:
    print(type(e).__name__, e.name)
