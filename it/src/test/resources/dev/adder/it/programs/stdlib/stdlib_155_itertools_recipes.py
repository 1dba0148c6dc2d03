# recipes from the itertools documentation, built on the module's iterators
import operator
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse, groupby,
                       islice, repeat, starmap, tee, zip_longest, product)

def take(n, iterable):
    return list(islice(iterable, n))
def tabulate(function, start=0):
    return map(function, count(start))
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch
def dotproduct(v1, v2):
    return sum(starmap(operator.mul, zip(v1, v2)))
def running_mean(xs):
    return [t / i for i, t in enumerate(accumulate(xs), 1)]

print(take(4, tabulate(lambda x: x * x, 3)), nth(range(10), 3), nth("ab", 5, "dflt"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, None]))
print(list(ncycles("ab", 3)), list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window("ABCDEFG", 4)), first_true([0, None, 3, 4]), first_true([], "none"))
print(list(batched("ABCDEFG", 3)), dotproduct([1, 2, 3], [4, 5, 6]), running_mean([2, 4, 6, 8]))
print(list(compress(count(), map(lambda x: x % 3 == 0, range(10)))))
print(["".join(p) for p in product("ab", "12")], list(starmap(lambda a, b: a * b, grouper(range(6), 2))))
