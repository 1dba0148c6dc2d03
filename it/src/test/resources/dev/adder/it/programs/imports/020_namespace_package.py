import impns.part.mod
import impns

print(impns.part.mod.WHERE)
print(impns.__file__)
print(type(impns.__path__).__name__)
BASE = __file__.rpartition("/")[0]
print([p.replace(BASE, "<base>") for p in impns.__path__])
print(impns.__spec__.origin, impns.__spec__.name)
print(impns.part.__package__, impns.__package__)
print(type(impns.__loader__).__name__)
print(repr(impns).startswith("<module 'impns' (<_frozen_importlib_external.NamespaceLoader object"))
