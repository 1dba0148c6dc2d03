# which objects can be weakly referenced, and references to classes, functions and modules
import weakref, sys

def gen():
    yield 1

class C:
    def m(self):
        return 1

async def co():
    pass

c = C()
g = gen()
bm = c.m
coro = co()
kinds = [("function", gen), ("class", C), ("module", sys), ("generator", g), ("method", bm),
         ("builtin", len), ("set", {1}), ("frozenset", frozenset()), ("code", gen.__code__),
         ("coroutine", coro), ("type", int), ("instance", c), ("exception-subclass", type("E", (Exception,), {})())]
refs = []
for name, obj in kinds:
    r = weakref.ref(obj)
    refs.append(r)
    print(name, r() is obj)
coro.close()
print(weakref.ref(C)().__name__, weakref.ref(sys)().__name__)

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(weakref.ref(WithMeta)() is WithMeta)
class ListSub(list):
    pass
class DictSub(dict):
    pass
ls, ds = ListSub([1]), DictSub(a=1)
print(weakref.ref(ls)() == [1], weakref.ref(ds)() == {"a": 1})
print("__weakref__" in C.__dict__, "__weakref__" in ListSub.__dict__)
print(weakref.getweakrefcount(c), weakref.ref(c) in weakref.getweakrefs(c), refs[-2]() is c)
