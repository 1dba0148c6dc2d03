import sys

ModuleSpec = type(sys.__spec__)
seen = []


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = 42
        module.where = "made by " + type(self).__name__


class Finder:
    def find_spec(self, name, path, target=None):
        seen.append(name)
        if name == "virtual_mod":
            return ModuleSpec(name, Loader())
        return None


sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.answer, virtual_mod.where, virtual_mod.__name__)
print(virtual_mod.__spec__.name, virtual_mod.__spec__.origin, virtual_mod.__package__ == "")
print(type(virtual_mod.__loader__).__name__)
import imptop
print(seen)
try:
    import still_missing
except ModuleNotFoundError as e:
    print(e)
print(seen[-1])
