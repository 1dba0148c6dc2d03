# class-level registries and instance tracking
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[cls.__name__.lower()] = cls
    def run(self, x):
        raise NotImplementedError
class Upper(Plugin):
    def run(self, x):
        return x.upper()
class Reverse(Plugin):
    def run(self, x):
        return x[::-1]
class Double(Plugin):
    def run(self, x):
        return x * 2
print(sorted(Plugin.registry))
text = "abc"
for name in ["upper", "reverse", "double", "upper"]:
    text = Plugin.registry[name]().run(text)
    print(name, text)
