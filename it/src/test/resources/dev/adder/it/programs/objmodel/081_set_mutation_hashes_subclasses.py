# sets: a key's __eq__ that changes the set during a lookup, set keys looked up as frozensets, set_iterator length hint and reduce, subclass keywords, stored hashes reused, result types of subclasses' operations
import pickle
class Mut:
    def __init__(self, s, v):
        self.s = s; self.v = v
        self.done = False
    def __hash__(self): return 1
    def __eq__(self, other):
        if not self.done:
            self.done = True
            self.s.clear()
            self.s.update(range(50))
        return False
s = set()
s.add(Mut(s, 1))
for op in ('add', 'discard', 'contains'):
    m = Mut(s, 2)
    if op == 'add': s.add(m)
    elif op == 'discard': s.discard(m)
    else: print(m in s)
    print(op, len(s))
s = {frozenset([1, 2]), 3}
print({1, 2} in s, {9} in s)
s.remove({1, 2}); print(s)
s.discard({3}); print(s)
try: s.remove({9})
except KeyError as e: print('KeyError', e)
s = {1, 2, 3, 4}
it = iter(s)
print(it.__length_hint__(), next(it), it.__length_hint__(), it.__reduce__()[1], list(pickle.loads(pickle.dumps(it))))
s.add(10)
try: next(it)
except RuntimeError as e: print(e)
s.discard(10)
try: next(it)
except RuntimeError as e: print('sticky', e)
print(it.__length_hint__())
class S(frozenset): pass
class T(set): pass
class U(frozenset):
    def __init__(self, a, b=None): self.b = b
class V(set):
    def __init__(self, a, b=None): super().__init__(a); self.b = b
for f in (lambda: S(a=1), lambda: T(a=1), lambda: frozenset(a=1), lambda: set(a=1), lambda: U([1], b=2).b, lambda: V([1], b=2).b, lambda: sorted(U([1,2], b=3)), lambda: S([1], [2]), lambda: T([1],[2]), lambda: set([1], [2])):
    try: print(f())
    except TypeError as e: print('TE', e)
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
for thetype in (set, frozenset):
    d = dict.fromkeys(map(HashCountingInt, range(10)))
    counts = [sum(e.hash_count for e in d)]
    s = thetype(d); counts.append(sum(e.hash_count for e in d))
    s.difference(d); counts.append(sum(e.hash_count for e in d))
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d)
    counts.append(sum(e.hash_count for e in d))
    dict.fromkeys(set(d)); dict.fromkeys(frozenset(d), 1); dict.fromkeys(d); counts.append(sum(e.hash_count for e in d))
    s2 = thetype(d)
    s2 - thetype(d); s2 & thetype(d); s2 ^ thetype(d); s2 <= thetype(d); s2.issubset(d)
    counts.append(sum(e.hash_count for e in d))
    print(thetype.__name__, counts)
class FS(frozenset): pass
class SS(set): pass
a = FS([1, 2]); b = SS([2, 3])
for r in (a | b, a & b, a - b, a ^ b, a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), b | a, b ^ a, b.copy(), a.copy()):
    print(type(r).__name__, sorted(r))
