# compress, filterfalse, dropwhile, takewhile: results, laziness, predicates and errors
from itertools import compress, count, cycle, dropwhile, filterfalse, islice, takewhile

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1, 1])))
print(list(compress(range(10), cycle([True, False]))), list(compress(data=[1, 2], selectors=[0, 1])))
print(list(compress(count(), [0, 0, 1, "", "x", None, [1]])))
print(list(filterfalse(lambda x: x % 3, range(10))), list(filterfalse(None, [0, 1, "", "a", [], None])))
print(list(filterfalse(bool, [0, 2, False, True])), list(islice(filterfalse(lambda x: x % 2, count()), 4)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: False, [1, 2])))
print(list(takewhile(lambda x: x < 10, count())), list(islice(dropwhile(lambda x: x < 3, count()), 3)))
calls = []
def pred(x):
    calls.append(x)
    return x < 3
tw = takewhile(pred, iter([1, 2, 3, 1, 2]))
print(list(tw), calls[:], list(tw), calls[:])
calls.clear()
dw = dropwhile(pred, [1, 2, 5, 1, 2])
print(list(dw), calls)
data = iter(range(10))
t = takewhile(lambda x: x < 3, data)
print(list(t), next(data))
log = []
def g():
    for i in range(5):
        log.append(i)
        yield i
c = compress(g(), [1, 0, 0, 1])
print(next(c), log[:], next(c), log[:], list(c), log[:])
for f, args in [(compress, ([1],)), (compress, (1, [1])), (compress, ([1], 1)), (dropwhile, (None, 1)),
                (takewhile, (len,)), (filterfalse, (None, 3)), (dropwhile, ()), (filterfalse, (1, 2, 3))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
for f in [dropwhile, takewhile, filterfalse]:
    try:
        list(f(None, [1, 0]))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
    try:
        f(function=None, iterable=[])
    except TypeError as e:
        print(f.__name__, "TypeError", e)
try:
    list(filterfalse(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    list(compress([1, 2], [1, 1 / 1, 0, 1 // 1]))
    print(list(compress([1], [float("nan")])))
except Exception as e:
    print(type(e).__name__, e)
