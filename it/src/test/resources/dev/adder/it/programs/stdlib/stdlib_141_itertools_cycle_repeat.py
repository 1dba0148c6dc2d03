# itertools.cycle and itertools.repeat: laziness, saved items, times, repr, __length_hint__
import operator
from itertools import cycle, islice, repeat

log = []
def gen(n):
    for i in range(n):
        log.append(i)
        yield i

c = cycle(gen(3))
print(log, next(c), log)
print(list(islice(c, 8)), log)
print(list(cycle([])), list(islice(cycle("ab"), 5)), list(islice(cycle(range(1)), 3)))
src = [1, 2]
c = cycle(src)
next(c)
src.append(3)
print(list(islice(c, 6)))

print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(list(islice(repeat([1]), 3)))
r = repeat("a", 3)
print(repr(r), r.__length_hint__(), operator.length_hint(r))
next(r)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(repeat(2.5), repeat("s", times=2), repeat(object=1, times=-1), repeat(times=4, object=(1,)))
print(list(map(pow, range(5), repeat(2))), list(zip("abc", repeat(0))))
inf = repeat(7)
try:
    inf.__length_hint__()
except TypeError as e:
    print("TypeError", e)
print(operator.length_hint(inf, 99))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1, "a"), {}), ((1, 2.0), {}), ((1,), {"x": 3}),
                 ((1, None), {}), ((), {"times": 3})]:
    try:
        repeat(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
for args in [(), (1,), ([1], 2)]:
    try:
        cycle(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    cycle(iterable=[1])
except TypeError as e:
    print("TypeError", e)
try:
    repeat(1, 2 ** 64)
except OverflowError as e:
    print("OverflowError", e)
x = [0]
r = repeat(x, 2)
a, b = r
print(a is b is x, type(r).__name__, iter(r) is r)
