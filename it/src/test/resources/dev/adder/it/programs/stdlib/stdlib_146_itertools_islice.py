# itertools.islice: every argument form, how much of the input it consumes, infinite inputs
import sys
from itertools import count, cycle, islice, repeat

s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, 1, 100, 3)))
print(list(islice(s, 0)), list(islice(s, 5, 2)), list(islice(s, 10, 20)), list(islice(s, 3, 3)))
print(list(islice(count(), 3, 20, 5)), list(islice(cycle("ab"), 1, 6)), list(islice(repeat(1), 2)))
print(list(islice(range(10), True, 5)), list(islice(range(10), 2, sys.maxsize, sys.maxsize)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
it = iter(range(10))
sl = islice(it, 2, 4)
print(next(sl), next(it), next(sl), next(it))
print(list(sl), next(it))
log = []
def gen():
    for i in range(100):
        log.append(i)
        yield i
sl = islice(gen(), 3, 9, 2)
print(log[:], next(sl), log[:], list(sl), log[:])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(islice(range(10), Idx(1), Idx(7), Idx(3))))
bad_stop = [-1, -2, "a", 1.0, 2 ** 70, sys.maxsize + 1]
for stop in bad_stop:
    try:
        islice([1], stop)
    except ValueError as e:
        print(repr(stop), "ValueError", e)
for args in [(-1, 2), ("a", 2), (2 ** 70, 3), (0, -1), (0, -2), (1, "x"), (1, 2, 0), (1, 2, -1),
             (1, 2, 2 ** 70), (1, 2, "s"), (1, 2, 1.5), (None, None, 0)]:
    try:
        islice([1], *args)
    except ValueError as e:
        print(args, "ValueError", e)
for args in [(), ([1],), (1, 2), ([1], 1, 2, 3, 4)]:
    try:
        islice(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    islice([1], stop=2)
except TypeError as e:
    print("TypeError", e)
try:
    islice(5, -1)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(type(islice([], 0)).__name__, iter(sl) is sl)
print(sum(islice(count(), 0, 200000, 7)))
