# itertools.groupby: keys, shared underlying iterator, abandoned groups, errors
from itertools import groupby, islice, count

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [len(list(g)) for k, g in groupby([1, 1, 2, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), len)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])], list(groupby([])))
# advancing the groupby abandons the previous group
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyyyz")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), [k for k, g in gb])
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g), next(gb)[0], list(g))
# the group and the groupby read the same iterator
src = iter([1, 1, 2, 2, 2, 3])
gb = groupby(src)
k, g = next(gb)
print(k, list(g), next(src), next(gb)[0], list(src))
log = []
def gen():
    for c in "aab":
        log.append(c)
        yield c
gb = groupby(gen())
k, g = next(gb)
print(k, log[:], next(g), log[:], next(g), log[:])
print([(k, list(g)) for k, g in islice(groupby(c // 3 for c in count()), 3)])
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key)], calls)
print(type(next(groupby("a"))[1]).__name__, type(groupby("a")).__name__)
for args, kw in [((), {}), ((1,), {}), (([1], None, 3), {}), (([1],), {"x": 1})]:
    try:
        groupby(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print([(k, list(g)) for k, g in groupby(iterable="aab", key=None)])
try:
    list(groupby([1, 2], key=lambda x: 1 / (x - 2)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
class Weird:
    def __eq__(self, other):
        raise ValueError("no compare")
try:
    list(groupby([Weird(), Weird()]))
except ValueError as e:
    print("ValueError", e)
try:
    class G(type(next(groupby("a"))[1])):
        pass
except TypeError as e:
    print("TypeError", e)
