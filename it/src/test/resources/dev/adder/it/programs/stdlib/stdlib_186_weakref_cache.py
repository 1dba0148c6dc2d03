# weak references used as caches and side tables while the objects are alive
import weakref

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name})"

_cache = weakref.WeakValueDictionary()

def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
        print("loaded", name)
    return img

a = load("a")
b = load("b")
a2 = load("a")
print(a is a2, sorted(_cache.keys()), len(_cache), list(_cache.valuerefs())[0]() in (a, b))
metadata = weakref.WeakKeyDictionary()
metadata[a] = {"size": 10}
metadata[b] = {"size": 20}
print(metadata[a], len(metadata), sorted(m["size"] for m in metadata.values()), a in metadata)
print(sorted(repr(k) for k in metadata.keyrefs() and metadata.keys()))

class Observer:
    def __init__(self, name):
        self.name = name
        self.seen = []
    def notify(self, event):
        self.seen.append(event)

class Subject:
    def __init__(self):
        self._observers = []
    def attach(self, obs):
        self._observers.append(weakref.WeakMethod(obs.notify))
    def emit(self, event):
        for ref in self._observers:
            method = ref()
            if method is not None:
                method(event)

s = Subject()
o1, o2 = Observer("one"), Observer("two")
s.attach(o1)
s.attach(o2)
s.emit("start")
s.emit("stop")
print(o1.seen, o2.seen)
p = weakref.proxy(o1)
p.notify("via proxy")
print(o1.seen[-1], p.name, len(p.seen))
ws = weakref.WeakSet([o1, o2])
print(len(ws), o1 in ws, sorted(o.name for o in ws), weakref.WeakSet() == weakref.WeakSet())
print(weakref.WeakValueDictionary({1: a}).get(1), dict(weakref.WeakKeyDictionary({b: 2})) == {b: 2})
