# list.sort is timsort: the same results, and the same comparisons in the same order, as CPython
import random
rng = random.Random(12345)
calls = []
class K:
    __slots__ = ("v", "i")
    def __init__(self, v, i):
        self.v = v; self.i = i
    def __lt__(self, other):
        calls.append((self.i, other.i))
        return self.v < other.v
    def __repr__(self):
        return "K(%r,%r)" % (self.v, self.i)

def shapes(n):
    yield "random", [rng.randrange(n) for _ in range(n)]
    yield "few", [rng.randrange(4) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "sawtooth", [i % 37 for i in range(n)]
    yield "runs", sorted(rng.randrange(100) for _ in range(n // 2)) + sorted(rng.randrange(100) for _ in range(n - n // 2))
    a = list(range(n)); 
    for _ in range(n // 50):
        i, j = rng.randrange(n), rng.randrange(n); a[i], a[j] = a[j], a[i]
    yield "nearly", a
    yield "organ", list(range(n // 2)) + list(range(n // 2, 0, -1))

digest = 0
for n in (0, 1, 2, 3, 5, 17, 63, 64, 65, 100, 257, 1000, 4097):
    for name, vals in shapes(n):
        for rev in (False, True):
            calls.clear()
            ks = [K(v, i) for i, v in enumerate(vals)]
            out = sorted(ks, reverse=rev)
            order = [k.i for k in out]
            h = hash((tuple(order), tuple(calls))) & 0xffffffff
            digest ^= h
            print(n, name, rev, len(calls), h)
        # keys, reverse, stability with a key function
        out = sorted(range(len(vals)), key=lambda i: vals[i] // 3, reverse=True)
        print("key", n, name, hash(tuple(out)) & 0xffffffff)
print("digest", digest)

# specialized keys: same results as the generic protocol
data = [((i * 7919) % 1009, "n%d" % ((i * 31) % 97), i, float(i % 13)) for i in range(5000)]
print(sorted(data)[:3], sorted(data, reverse=True)[:3])
print(sorted(x[1] for x in data)[:3], sorted(x[3] for x in data)[-3:])
print(sorted([3, 2**70, -2**65, 5, 0]), sorted([1.5, float("nan"), -2.0, 0.0]))
print(sorted(["b\U0001f600", "b\uffff", "a", "b"]), sorted([(1, "x"), (1,), (), (0, 5)]))
print(sorted([(float("nan"), 1), (float("nan"), 0), (1.0, 2)]))
print(sorted(["\ud800", "\ue000", "\U00010000"]))
class I(int): pass
print(sorted([I(3), 2, I(1)]), sorted([True, 0, 2, False]))
# an exception in a comparison keeps every item
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 777 or o.v == 777: raise ValueError("boom")
        return self.v < o.v
lst = [Bad(v) for v in rng.sample(range(2000), 2000)]
try:
    lst.sort()
except ValueError as e:
    print("raised", e, sorted(b.v for b in lst) == list(range(2000)))
lst = [3, 1, 2]
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
