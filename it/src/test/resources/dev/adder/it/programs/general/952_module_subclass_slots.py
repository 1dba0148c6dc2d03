# __slots__ on subclasses of builtin types whose instances keep their own storage (module)
from types import ModuleType
class ModuleWithSlots(ModuleType):
    __slots__ = ("a", "b")
    def __init__(self, name):
        super().__init__(name)
m = ModuleWithSlots("name")
for attr in "ab":
    try:
        getattr(m, attr)
    except AttributeError as e:
        print("AttributeError", e)
m.a, m.b = 1, 2
print(m.a, m.b, m.__name__)
del m.a
try:
    del m.a
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(m, "a"), m.b)
m2 = ModuleWithSlots("other")
print(hasattr(m2, "b"))
class Sub2(ModuleWithSlots):
    __slots__ = ("c",)
s = Sub2("s")
s.c = 3; s.a = 4
print(s.c, s.a, hasattr(s, "b"))
class PropMod(ModuleType):
    @property
    def p(self):
        raise AttributeError("inner")
pm = PropMod("pm")
try:
    pm.p
except AttributeError as e:
    print("AttributeError", e)
pm.__getattr__ = lambda name: "fallback " + name
print(pm.p, pm.zz)
