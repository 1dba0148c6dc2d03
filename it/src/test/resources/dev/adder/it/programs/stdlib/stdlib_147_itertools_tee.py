# itertools.tee: independent iterators over one source, copies, buffering across blocks, errors
import itertools
from itertools import count, islice, tee

a, b = tee([1, 2, 3])
print(list(a), list(b), list(a))
a, b, c = tee("abcd", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee(range(3), 5)), [list(t) for t in tee(range(3), 4)])
log = []
def gen(n):
    for i in range(n):
        log.append(i)
        yield i
x, y = tee(gen(5))
print(log[:], next(x), next(x), log[:], next(y), log[:], list(y), log[:], list(x))
# more items than one buffer block holds
x, y = tee(range(200))
print(sum(x), sum(y), list(islice(tee(count())[1], 120, 123)))
x, y = tee(count())
first = list(islice(x, 150))
print(first[-1], next(y), next(x))
# a tee of a tee shares the buffer, and copies start where the original is
t1, t2 = tee(range(5))
next(t1)
t3, t4 = tee(t1)
print(type(t3).__name__, list(t3), list(t4), list(t1), list(t2))
t1, t2 = tee("xyz")
next(t1)
t5 = t1.__copy__()
print(list(t5), list(t1), list(t2))
print(list(itertools._tee([7, 8])), type(tee([])[0]) is itertools._tee)
src = iter([1, 2, 3])
a, b = tee(src)
print(next(a), next(src), list(b), list(a))
class Copyable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __copy__(self):
        print("copy called")
        return Copyable(self.n)
a, b, c = tee(Copyable(2), 3)
print(type(a).__name__, type(b).__name__, list(a), list(b), list(c))
for args, exc in [((), TypeError), ((1,), TypeError), (([1], -1), ValueError), (([1], "a"), TypeError),
                  (([1], 2, 3), TypeError), (([1], 2.0), TypeError)]:
    try:
        tee(*args)
    except exc as e:
        print(exc.__name__, e)
try:
    tee([1], n=2)
except TypeError as e:
    print("TypeError", e)
def reenter():
    yield next(t)
t, u = tee(reenter())
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    class T(itertools._tee):
        pass
except TypeError as e:
    print("TypeError", e)
