# zip_longest, starmap and pairwise
import operator
from itertools import count, islice, pairwise, repeat, starmap, zip_longest

print(list(zip_longest("ABCD", "xy")), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([], [], fillvalue=0)), list(zip_longest("abc")))
print(list(islice(zip_longest(count(), "ab"), 4)))
log = []
class Src:
    def __init__(self, name, n):
        self.name, self.n = name, n
    def __iter__(self):
        return self
    def __next__(self):
        log.append(self.name)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.name
print(list(zip_longest(Src("a", 1), Src("b", 3))), log)
for kw in [{"x": 1}, {"fillvalue": 1, "x": 2}]:
    try:
        zip_longest([1], **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    zip_longest([1], 2)
except TypeError as e:
    print("TypeError", e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ["ab", "cd"])))
print(list(starmap(lambda *a: a, [(), [1], iter([2, 3])])), list(islice(starmap(operator.mul, zip(count(), count())), 5)))
print(list(starmap(max, repeat([3, 9, 4], 2))))
for args in [(pow,), (pow, 1), (pow, [], 3)]:
    try:
        starmap(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e:
    print("TypeError", e)
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])), list(islice(pairwise(count()), 3)))
p = pairwise(iter([1, 2, 3]))
print(next(p), next(p), list(p), list(p))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
for args in [(), (1,), ([1], [2])]:
    try:
        pairwise(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    pairwise(iterable=[1])
except TypeError as e:
    print("TypeError", e)
