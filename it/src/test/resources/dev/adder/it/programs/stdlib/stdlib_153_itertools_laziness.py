# every itertools iterator pulls from its input only as far as it must
import itertools as it

log = []
class Src:
    """An iterator that records each item handed out."""
    def __init__(self, name, items):
        self.name, self.items, self.i = name, list(items), 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            log.append(self.name + ":end")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        log.append("%s:%r" % (self.name, v))
        return v

def show(label, make, pulls):
    log.clear()
    obj = make()
    made = log[:]
    out = [next(obj, "<done>") for _ in range(pulls)]
    print(label, "made:", made, "out:", out, "pulled:", log[len(made):])

show("accumulate", lambda: it.accumulate(Src("s", [1, 2, 3])), 2)
show("chain", lambda: it.chain(Src("a", [1]), Src("b", [2])), 2)
show("compress", lambda: it.compress(Src("d", "abc"), Src("s", [0, 1, 1])), 1)
show("cycle", lambda: it.cycle(Src("s", [1, 2])), 4)
show("dropwhile", lambda: it.dropwhile(lambda x: x < 2, Src("s", [1, 2, 3])), 1)
show("takewhile", lambda: it.takewhile(lambda x: x < 2, Src("s", [1, 2, 3])), 3)
show("filterfalse", lambda: it.filterfalse(None, Src("s", [1, 0, 2])), 1)
show("groupby", lambda: map(lambda kg: kg[0], it.groupby(Src("s", [1, 1, 2]))), 2)
show("islice", lambda: it.islice(Src("s", range(10)), 2, 6, 2), 3)
show("islice0", lambda: it.islice(Src("s", range(10)), 0), 1)
show("pairwise", lambda: it.pairwise(Src("s", [1, 2, 3])), 1)
show("starmap", lambda: it.starmap(max, Src("s", [(1, 2), (3, 1)])), 1)
show("zip_longest", lambda: it.zip_longest(Src("a", [1]), Src("b", [1, 2]), fillvalue=0), 3)
show("tee", lambda: it.tee(Src("s", [1, 2]))[0], 1)
show("product", lambda: it.product(Src("a", [1, 2]), Src("b", "x")), 1)
show("permutations", lambda: it.permutations(Src("s", [1, 2])), 1)
show("combinations", lambda: it.combinations(Src("s", [1, 2]), 1), 1)
show("cwr", lambda: it.combinations_with_replacement(Src("s", [1]), 1), 1)
show("count", lambda: it.count(), 2)
show("repeat", lambda: it.repeat("r", 1), 2)
# a group reads the shared source one item at a time
log.clear()
gb = it.groupby(Src("s", "aab"))
k, g = next(gb)
print(k, log[:], next(g), log[:], next(g), log[:], next(g, "<done>"), log[:])
