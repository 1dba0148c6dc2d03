# itertools.chain and chain.from_iterable: laziness, errors raised late, subclasses
import itertools
from itertools import chain, count, islice

print(list(chain()), list(chain([])), list(chain([1, 2], (3,), "ab", range(2), {9: 0})))
print(list(chain.from_iterable(["ab", [1], (), range(3)])))
print(list(islice(chain.from_iterable(repeat_ := itertools.repeat("xy")), 5)))
print(list(islice(chain.from_iterable(range(n) for n in count()), 10)))
log = []
def src():
    for s in ["ab", "c"]:
        log.append(s)
        yield s
c = chain.from_iterable(src())
print(log[:], next(c), log[:], list(c), log[:])
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(list(c))
try:
    chain.from_iterable(5)
except TypeError as e:
    print("TypeError", e)
c = chain.from_iterable([[1], 2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
try:
    chain(a=1)
except TypeError as e:
    print("TypeError", e)
print(type(chain()), type(chain.from_iterable([])), iter(c) is c)
class MyChain(chain):
    def __next__(self):
        return super().__next__() * 2
m = MyChain([1, 2], [3])
print(type(m).__name__, list(m))
m2 = MyChain.from_iterable([[5], [6]])
print(type(m2).__name__, list(m2))
print(chain[int], chain.from_iterable.__name__)
it = chain("ab", "cd")
print(next(it), list(zip(it, it)))
nested = [[1, [2]], [[3]], []]
print(list(chain.from_iterable(nested)), list(chain(*nested)))
print(sorted(chain({3, 1}, {2})), "".join(chain("x", "yz")), sum(chain(range(3), range(4))))
