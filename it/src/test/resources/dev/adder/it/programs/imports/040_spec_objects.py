import imptop
import impfix

s = imptop.__spec__
print(type(s).__name__, s.name, s.loader is imptop.__loader__, s.loader_state)
print(s.cached == imptop.__cached__, s.has_location, s.parent == "")
p = impfix.__spec__
print(p.name, p.parent, p.submodule_search_locations == impfix.__path__)
import sys
print(sys.__spec__.name, sys.__spec__.origin, sys.__spec__.has_location, sys.__spec__.parent, sys.__spec__.cached)
print(sys.__loader__.__name__, sys.__spec__.loader is sys.__loader__)
print(repr(sys.__spec__))
print(sys.__package__, sys.__name__)
