# itertools.permutations: ordering, r, repeated elements, empty inputs, errors
from itertools import permutations

print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(permutations([1, 2], 0)), list(permutations([], 0)), list(permutations([])), list(permutations([1], 2)))
print(list(permutations([1, 1, 2])), len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations("ab", None)), list(permutations(iterable="ab", r=1)), list(permutations("ab", True)))
print(["".join(p) for p in permutations("abcd", 4)][::5])
p = permutations(range(4))
print(next(p), next(p), next(p), list(p)[-1])
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(all(len(list(permutations(range(n)))) == fact(n) for n in range(7)))
print(len(set(permutations(range(5), 3))), sorted(permutations(range(3))) == list(permutations(range(3))))
log = []
def gen():
    for i in "xyz":
        log.append(i)
        yield i
p = permutations(gen(), 2)
print(log, next(p))
for args, kw in [((), {}), ((1,), {}), (([1], -1), {}), (([1], "a"), {}), (([1], 1.0), {}),
                 (([1], 2, 3), {}), (([1],), {"x": 1}), ((1, "a"), {}), ((1, -1), {})]:
    try:
        permutations(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    permutations([1], 2 ** 70)
except OverflowError as e:
    print("OverflowError", e)
class Perm(permutations):
    def __init__(self, it, r=None):
        self.label = "perm%s" % r
print(list(Perm("ab")), Perm("abc", 2).label, len(list(Perm("abc", 2))))
