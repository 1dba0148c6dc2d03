# subclasses of weakref.ref: slots, extra attributes, WeakMethod, KeyedRef
import weakref

class NamedRef(weakref.ref):
    __slots__ = ("name",)
    def __new__(cls, obj, name, callback=None):
        self = super().__new__(cls, obj, callback)
        self.name = name
        return self
    def __init__(self, obj, name, callback=None):
        super().__init__(obj, callback)

class Thing:
    def method(self):
        return "method of thing"

t = Thing()
nr = NamedRef(t, "first")
print(type(nr).__name__, nr.name, nr() is t, isinstance(nr, weakref.ref))
print(nr is weakref.ref(t), nr == weakref.ref(t), hash(nr) == hash(t))
try:
    nr.other = 1
except AttributeError as e:
    print(e)

class DictRef(weakref.ref):
    pass
dr = DictRef(t)
dr.tag = "tagged"
print(dr.tag, dr() is t, dr.__callback__)

wm = weakref.WeakMethod(t.method)
print(type(wm).__name__, wm()(), wm() == t.method, wm == weakref.WeakMethod(t.method))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

kr = weakref.KeyedRef(t, None, "key1")
print(kr.key, kr() is t)
print(all(weakref.ref.__call__(r) is t for r in weakref.getweakrefs(t)), len(weakref.getweakrefs(t)) >= 4)
