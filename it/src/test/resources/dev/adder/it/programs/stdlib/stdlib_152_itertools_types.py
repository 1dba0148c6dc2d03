# itertools types: names, reprs, iterator protocol, subclassing with attributes and overrides
import itertools

names = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count",
         "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
         "repeat", "starmap", "takewhile", "zip_longest", "_grouper", "_tee", "_tee_dataobject"]
for n in names:
    t = getattr(itertools, n)
    print(t, t.__name__, t.__module__, isinstance(t, type))
print(type(itertools.tee), itertools.tee.__name__, sorted(n for n in dir(itertools) if not n.startswith("__")))
objs = [itertools.accumulate([1]), itertools.chain(), itertools.combinations("a", 1), itertools.count(),
        itertools.cycle("a"), itertools.dropwhile(len, ""), itertools.groupby(""), itertools.islice("", 1),
        itertools.pairwise(""), itertools.product(), itertools.repeat(1), itertools.starmap(len, ""),
        itertools.zip_longest(), itertools.tee("")[0], itertools.compress("", "")]
print(all(iter(o) is o for o in objs), [type(o).__name__ for o in objs])
print(all(hasattr(o, "__next__") and hasattr(o, "__iter__") for o in objs))
print([next(o, "END") for o in objs])
class Counter(itertools.count):
    def __init__(self, start=0, step=1):
        self.seen = 0
    def __next__(self):
        self.seen += 1
        return super().__next__() * 10
c = Counter(3, 2)
print(next(c), next(c), c.seen, repr(c), isinstance(c, itertools.count), type(c).__mro__[1])
class Rep(itertools.repeat):
    pass
r = Rep("z", 2)
r.extra = 1
print(repr(r), list(r), r.extra, r.__dict__, r.__length_hint__())
class MyIslice(itertools.islice):
    def describe(self):
        return "slice of " + type(self).__name__
s = MyIslice(range(10), 2, 8, 3)
print(list(s), s.describe())
class Cy(itertools.cycle):
    def __init__(self, it, *, limit):
        self.limit = limit
    def __next__(self):
        if self.limit == 0:
            raise StopIteration
        self.limit -= 1
        return super().__next__()
print(list(Cy("ab", limit=5)))
try:
    Cy("ab", 2)
except TypeError as e:
    print("TypeError", e)
class Z(itertools.zip_longest):
    pass
print(list(Z("ab", "c", fillvalue=0)), Z.__name__, Z.__mro__[1].__name__)
for n in ["_grouper", "_tee", "_tee_dataobject"]:
    try:
        type("X", (getattr(itertools, n),), {})
    except TypeError as e:
        print("TypeError", e)
try:
    itertools._tee_dataobject()
except TypeError as e:
    print("TypeError", type(e).__name__)
