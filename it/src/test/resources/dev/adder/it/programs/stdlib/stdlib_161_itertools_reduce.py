# __reduce__ / __setstate__: rebuilding an iterator mid-way gives the same remaining items
import itertools as it

def rebuild(obj):
    r = obj.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

def check(label, make, advance):
    reference = make()
    for _ in range(advance):
        next(reference)
    expected = list(it.islice(reference, 20))
    obj = make()
    for _ in range(advance):
        next(obj)
    copy = rebuild(obj)
    got = list(it.islice(copy, 20))
    print(label, got == expected[:20], got[:6])

check("accumulate", lambda: it.accumulate([1, 2, 3, 4]), 2)
check("accumulate-initial", lambda: it.accumulate([1, 2], initial=10), 0)
check("accumulate-none-total", lambda: it.accumulate([None, 1], lambda a, b: b), 1)
check("chain", lambda: it.chain("ab", "cd", "e"), 3)
check("chain-fresh", lambda: it.chain("ab", "c"), 0)
check("compress", lambda: it.compress("abcdef", [1, 0, 1, 1, 0, 1]), 1)
check("dropwhile", lambda: it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2]), 1)
check("takewhile", lambda: it.takewhile(lambda x: x < 3, [1, 2, 3, 1]), 1)
check("filterfalse", lambda: it.filterfalse(None, [0, 1, 0, 2, 0]), 1)
check("starmap", lambda: it.starmap(pow, [(2, 1), (2, 2), (2, 3)]), 1)
check("islice", lambda: it.islice(range(20), 2, 15, 3), 2)
check("islice-done", lambda: it.islice(range(3), 5), 0)
check("zip_longest", lambda: it.zip_longest("ab", "wxyz", fillvalue="-"), 3)
check("product", lambda: it.product("ab", range(3)), 2)
check("combinations", lambda: it.combinations(range(5), 3), 4)
check("cwr", lambda: it.combinations_with_replacement("abc", 2), 2)
check("permutations", lambda: it.permutations(range(4), 3), 5)
check("count", lambda: it.count(5, 3), 2)
check("repeat", lambda: it.repeat("r", 4), 1)
c = it.cycle("abc")
print([next(c) for _ in range(4)], list(it.islice(rebuild(c), 7)))
c = it.cycle("abc")
next(c)
print(list(it.islice(rebuild(c), 7)))
a, b = it.tee(range(5))
next(a)
print(list(rebuild(a)), list(a), list(b))
print(it.count(2).__reduce__(), it.repeat("x", 2).__reduce__(), it.product("ab").__reduce__())
print(it.combinations("abc", 2).__reduce__(), it.combinations("ab", 3).__reduce__())
p = it.permutations("abc", 2)
next(p)
print(p.__reduce__(), it.islice("abc", 1, None).__reduce__()[1][1:], it.zip_longest().__reduce__())
g = it.groupby("aab")
k, grp = next(g)
print(g.__reduce__()[2], grp.__reduce__()[1][1], next(g)[0], grp.__reduce__()[1])
for obj, state in [(it.chain(), 5), (it.chain(), (1,)), (it.cycle("a"), [1]), (it.combinations("ab", 1), (1, 2))]:
    try:
        obj.__setstate__(state)
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, type(e).__name__, e)
