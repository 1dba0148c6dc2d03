# which iterators stay exhausted when their input would produce more after StopIteration
import itertools as it

class Resumable:
    """Yields 1, 2, then stops; after each stop it can give two more items."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration
        return self.n

def twice(label, make):
    obj = make()
    first = list(obj)
    second = list(obj)
    print(label, first, second)

twice("chain", lambda: it.chain(Resumable()))
twice("chain-source", lambda: it.chain.from_iterable(Resumable() for _ in range(1)))
twice("islice", lambda: it.islice(Resumable(), 10))
twice("pairwise", lambda: it.pairwise(Resumable()))
twice("takewhile", lambda: it.takewhile(lambda x: True, Resumable()))
twice("dropwhile", lambda: it.dropwhile(lambda x: x < 2, Resumable()))
twice("filterfalse", lambda: it.filterfalse(None, Resumable()))
twice("accumulate", lambda: it.accumulate(Resumable()))
twice("compress", lambda: it.compress(Resumable(), it.repeat(1)))
twice("starmap", lambda: it.starmap(lambda x: -x, ((v,) for v in [1, 2])))
twice("zip_longest", lambda: it.zip_longest(Resumable(), "a"))
twice("zip_longest1", lambda: it.zip_longest(Resumable()))
twice("groupby", lambda: (k for k, g in it.groupby(Resumable())))
twice("tee", lambda: it.tee(Resumable())[0])
twice("product", lambda: it.product("ab"))
twice("combinations", lambda: it.combinations("abc", 2))
twice("permutations", lambda: it.permutations("ab"))
twice("repeat", lambda: it.repeat(0, 2))
c = it.cycle(Resumable())
print("cycle", list(it.islice(c, 7)))
r = Resumable()
a, b = it.tee(r)
print(list(a), list(b), list(a), list(b), r.n)
sl = it.islice("abcdef", 1, None, 2)
print(sl.__next__(), next(sl), list(sl), next(sl, "done"))
try:
    next(it.islice([], 1))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    it.count().__next__(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
