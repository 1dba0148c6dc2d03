# collections.Counter: counting, most_common, arithmetic, comparisons, elements
from collections import Counter

c = Counter("mississippi")
print(c, c["s"], c["z"], len(c))
print(c.most_common(2), c.most_common()[-1], sorted(c.elements()))
c.update("sss")
c.update({"m": 2})
print(c.most_common(1), c["m"])
c.subtract("ssss")
print(c["s"], c.total())
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
print(+b, -b)
print(a == Counter(a=3, b=1), a <= Counter(a=4, b=1), a < a, Counter() == Counter(x=0))
words = "the quick brown the lazy the dog quick".split()
wc = Counter(words)
print(wc.most_common(2), sorted(wc))
wc["the"] -= 3
print(+wc, "the" in wc, "the" in +wc)
del wc["dog"]
print(sorted(wc.items()))
print(Counter([1, 1, 2]) + Counter({3: 1}), Counter(dict(a=1)).copy())
x = Counter(a=2)
x += Counter(a=1, b=-1)
print(x, repr(Counter()), Counter(a=1).keys())
print(Counter.fromkeys if False else "no fromkeys", sum(Counter(a=2, b=3).values()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
