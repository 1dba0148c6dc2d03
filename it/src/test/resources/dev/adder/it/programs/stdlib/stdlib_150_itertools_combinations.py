# combinations and combinations_with_replacement: ordering, sizes, edge r values, errors
from itertools import combinations, combinations_with_replacement as cwr

print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)), list(combinations([], 1)))
print(list(cwr("ABC", 2)), list(cwr("ab", 0)), list(cwr([], 0)), list(cwr([], 2)), list(cwr("a", 3)))
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print([len(list(combinations(range(8), k))) == binom(8, k) for k in range(10)])
print([len(list(cwr(range(5), k))) == binom(5 + k - 1, k) for k in range(6)])
c = combinations(range(5), 3)
print(next(c), next(c), next(c), list(c)[-1])
print(list(combinations([1, 1, 2], 2)), list(cwr("ba", 2)), list(combinations(r=1, iterable="xy")))
print(sum(1 for c in combinations(range(20), 3)), sum(sum(c) for c in cwr(range(6), 3)))
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:4])
def powerset(s):
    s = list(s)
    return [c for r in range(len(s) + 1) for c in combinations(s, r)]
print(powerset("abc"))
for f in (combinations, cwr):
    for args, kw in [(([1],), {}), (([1], -1), {}), (([1], None), {}), (([1], 1.0), {}), ((1, 2), {}),
                     ((1, "a"), {}), ((1, -1), {}), (([1], 2, 3), {}), (([1],), {"r": 1, "s": 2})]:
        try:
            f(*args, **kw)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
    try:
        f([1], 2 ** 64)
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
class Comb(combinations):
    def __next__(self):
        return "-".join(super().__next__())
print(list(Comb("abc", 2)), type(Comb("a", 1)).__mro__[1].__name__)
