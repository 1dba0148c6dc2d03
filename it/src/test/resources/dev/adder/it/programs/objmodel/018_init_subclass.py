# __init_subclass__ with class keyword arguments, inherited hooks, registries.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha!"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(Plugin.registry, Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    def __init_subclass__(cls):
        print("subclass", cls.__name__, cls.__mro__[1].__name__)


class C1(Counted):
    pass


class C2(C1):
    pass


print(type(Counted.__dict__["__init_subclass__"]).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)


class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("meta init_subclass", cls.__name__, kw)


class Sub(WithMeta, color="red"):
    pass
