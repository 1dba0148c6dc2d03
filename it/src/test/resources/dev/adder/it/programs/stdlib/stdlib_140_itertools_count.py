# itertools.count: int, float, big-int and other numeric starts and steps; repr; errors
import itertools
import sys
from itertools import count, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)), list(islice(count(10, 5), 4)))
print(list(islice(count(5, -2), 5)))
print(list(islice(count(0.5), 3)), list(islice(count(1, 0.25), 5)))
print(list(islice(count(2 ** 70, 2 ** 69), 3)))
print(list(islice(count(1j, 1 + 1j), 3)))
print(list(islice(count(step=3), 4)), list(islice(count(start=7, step=-1), 3)))
c = count(True)
print(next(c), type(next(c)).__name__)
for args in [(), (3,), (3, 1), (3, 1.0), (3, 2), (1.5,), (2 ** 70,), (2 ** 70, 1), (0, -1), (True, True)]:
    print(args, repr(count(*args)))
c = count(5)
next(c); next(c)
print(c, repr(c))
c = count(sys.maxsize - 1)
print(next(c), c)
print(next(c), next(c) - sys.maxsize, repr(c).replace(str(sys.maxsize + 2), "MAX+2"))
c = count(2.5, 0.5)
print([next(c) for i in range(3)], c)
print(type(count()), type(count()) is itertools.count, iter(c) is c)
print(count.__name__, count.__module__, count.__qualname__)
print(next(count(10), None), next(zip(count(), "abc")))
print(list(zip(count(1), "xyz")), dict(zip("ab", count())))
for bad in [("a",), (1, "a"), (None,), ([],), (1, None)]:
    try:
        count(*bad)
    except TypeError as e:
        print("TypeError", e)
for kw in [dict(x=1), dict(start=1, stop=2)]:
    try:
        count(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    count(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    count(1, start=2)
except TypeError as e:
    print("TypeError", e)
print(count.__reduce__(count(3)) == (count, (3,)), count(1.5).__reduce__() == (count, (1.5, 1)))
