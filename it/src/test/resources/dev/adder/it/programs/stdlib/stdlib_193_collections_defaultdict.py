# collections.defaultdict: factories, __missing__, repr, copy, | and subclasses
from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["zz"], len(d), dict(d), d.default_factory)
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.get("q"), "q" in counts, counts["q"], "q" in counts)
n = defaultdict()
print(n, n.default_factory)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
c = d.copy()
c["a"].append(99)
print(type(c).__name__, c.default_factory is list, d["a"], c == d)
print(defaultdict(int, {"a": 1}, b=2))
print(defaultdict(None, [(1, 2)]))
e = defaultdict(set, a={1}) | {"b": {2}}
print(type(e).__name__, e, e.default_factory)
f = {"z": 0} | defaultdict(str, y=1)
print(type(f).__name__, f)
g = defaultdict(str)
g |= {"k": "v"}
print(g, g.__missing__("new"), g)
g.default_factory = tuple
print(g["t"], g.default_factory)
try:
    defaultdict(5)
except TypeError as err:
    print(err)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return "Tree(" + repr(dict(self)) + ")"

t = Tree()
t["a"]["b"]["c"]
print(t, isinstance(t, dict), issubclass(defaultdict, dict))
r = defaultdict(list)
r.default_factory = r
print(repr(r)[:25])
print(defaultdict.__name__, defaultdict.__module__, defaultdict.fromkeys("ab"))
