# set copies of sets with deleted entries; __hash__ results that fit a machine word are kept; setdefault hashes and compares once; dict.update of a dict changed by a key's __eq__
import random
random.seed(7)
rr = random.randrange
bad = 0
for _ in range(300):
    left = {x: rr(3) for x in range(20) if rr(2)}
    right = {x: rr(3) for x in range(20) if rr(2)}
    expected = set(left.items()) ^ set(right.items())
    actual = left.items() ^ right.items()
    if actual != expected or expected.difference(actual) or actual.difference(expected):
        bad += 1
print('bad', bad)
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(sorted(s.difference(set())), sorted(s.copy()), len(set(s)))
class StrSub(str): pass
class Key3:
    def __hash__(self): return hash('key3')
    def __eq__(self, other):
        return isinstance(other, Key3) or isinstance(other, str) and other == 'key3'
k1 = StrSub('key3'); k2 = Key3()
print(k1 == k2, k2 == k1, hash(k1) == hash(k2))
d = {'key1': 42, 'key2': 43, k1: 44}
print(d.get(k2), d.get('key3'))
class Big:
    def __hash__(self): return 2**64 + 5
class Neg:
    def __hash__(self): return -1
class Max:
    def __hash__(self): return 2**63 - 1
print(hash(Big()) == hash(2**64 + 5), hash(Neg()), hash(Max()) == 2**63 - 1)
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
y.setdefault(hashed2, [])
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict([(i, 0) for i in range(1, 1337)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print(e)
