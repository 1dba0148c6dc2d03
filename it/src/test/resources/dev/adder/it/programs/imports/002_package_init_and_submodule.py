import impfix.helper
import impfix

print(impfix.VALUE)
print(impfix.helper.f())
print(impfix.helper.__package__, impfix.__package__)
BASE = __file__.rpartition("/")[0]
print([p.replace(BASE, "<base>") for p in impfix.__path__])
print(impfix.__file__.replace(BASE, "<base>"))
print(impfix.__spec__.submodule_search_locations == impfix.__path__)
print(impfix.helper.__spec__.parent, impfix.__spec__.parent)
print(hasattr(impfix, "helper"))
