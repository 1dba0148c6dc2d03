# dict subclasses: which overrides the interpreter honours (and which dict's own methods ignore).
class D(dict):
    def __getitem__(self, k):
        print("D.__getitem__", k)
        return dict.__getitem__(self, k) * 10

    def __missing__(self, k):
        return "missing " + str(k)

    def __setitem__(self, k, v):
        print("D.__setitem__", k)
        dict.__setitem__(self, k, v)

    def keys(self):
        print("D.keys")
        return dict.keys(self)


d = D(a=1)
print(d["a"], d.get("a"), d["zz"] if False else "skip")
d["b"] = 2
d.update(c=3)
print(sorted(d.items()), len(d), isinstance(d, dict), type(d).__name__)
print(dict(d) == {"a": 1, "b": 2, "c": 3}, d == {"a": 1, "b": 2, "c": 3})
d.extra = "attr"
print(d.extra, d.__dict__)


class Default(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]


dd = Default()
print(dd["x"], dd)


class Counter(dict):
    def __init__(self, *args):
        super().__init__()
        for a in args:
            self[a] = self.get(a, 0) + 1


print(sorted(Counter("a", "b", "a").items()))


class Slotted(dict):
    __slots__ = ("tag",)


s = Slotted(x=1)
s.tag = "t"
print(s, s.tag, hasattr(s, "__dict__"))
print(D.__mro__[1].__name__, D.__base__.__name__, issubclass(D, dict))
print(repr(D(z=1)), str(Default(q=2)))
