# weakref.ref: calling, sharing of the basic reference, callbacks, hash and equality
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name!r})"

a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), type(r).__name__, type(r) is weakref.ReferenceType)
print(weakref.ref(a) is r, weakref.ref(a, None) is r)

def cb(wr):
    print("callback", wr)

r2 = weakref.ref(a, cb)
print(r2 is r, r2 == r, r2() is a, r2.__callback__ is cb, r.__callback__)
print(hash(r) == hash(a), hash(r2) == hash(r))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r2])
print(weakref.getweakrefcount(42), weakref.getweakrefs(42))

# equality follows the referents while they are alive
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)

x, y, z = Eq(1), Eq(1), Eq(2)
rx, ry, rz = weakref.ref(x), weakref.ref(y), weakref.ref(z)
print(rx == ry, rx != ry, rx == rz, rx != rz, rx == 5, hash(rx) == hash(ry))
d = {rx: "x"}
print(d[ry], ry in d, rz in d)
print(weakref.ref(Node) () is Node, weakref.ref(len)() is len)

def f():
    return "f called"
rf = weakref.ref(f)
print(rf()(), weakref.ref(weakref)() is weakref)
s = {1, 2}
fs = frozenset()
print(weakref.ref(s)() == {1, 2}, weakref.ref(fs)() == frozenset())
print(isinstance(r, weakref.ref), issubclass(weakref.ref, object), weakref.ref.__name__, weakref.ref.__module__)
print(weakref.ref[int], weakref.ReferenceType.__qualname__)
