# weakref.proxy forwards attributes, operators, iteration and calls to its referent
import weakref

class Box:
    label = "box"
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __add__(self, other):
        return Box(self.items + [other])
    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items
    def __lt__(self, other):
        return len(self) < len(other)
    def __str__(self):
        return f"Box{self.items}"
    def total(self):
        return sum(self.items)

b = Box([1, 2, 3])
p = weakref.proxy(b)
print(type(p).__name__, type(p) is weakref.ProxyType, weakref.proxy(b) is p)
print(p.label, p.items, len(p), p[0], 2 in p, list(p), p.total(), str(p))
p[0] = 10
p.extra = "e"
print(b.items, b.extra, p.extra)
del p.extra
print(hasattr(b, "extra"), hasattr(p, "extra"))
print((p + 4).items, p == Box([10, 2, 3]), p == b, p < Box([1, 2, 3, 4]), bool(p))
print(isinstance(p, Box), p.__class__.__name__)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    p.missing
except AttributeError as e:
    print(e)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __radd__(self, o):
        return o + self.v
    def __neg__(self):
        return -self.v
    def __index__(self):
        return self.v
n = Num(5)
q = weakref.proxy(n)
print(q + 1, 1 + q, -q, [0, 1, 2, 3, 4, 5, 6][q], hex(q))

def double(x):
    return x * 2
cp = weakref.proxy(double)
print(type(cp).__name__, cp(21), callable(cp), callable(p))
print(weakref.getweakrefcount(b), weakref.getweakrefs(b) == [p])
