# set algebra on integers
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(range(3))), sorted(a.difference({1})))
print(a <= a, {1, 2} < a, a >= {5}, a.isdisjoint({10, 11}), a.issubset(range(10)))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (9,))
print(sorted(s), len(s))
s.discard(42)
s.remove(1)
print(sorted(s), 9 in s, 1 in s)
p = s.pop()
print(p in s, len(s))
fs = frozenset([1, 2, 2, 3])
print(sorted(fs), len(fs), {fs: "frozen"}[frozenset({3, 2, 1})])
c = {i % 4 for i in range(20)}
print(sorted(c))
c -= {0}
c |= {10}
c &= {1, 2, 10}
print(sorted(c))
print(set("hello") == {"h", "e", "l", "o"}, len(set([1, 1.0, True])))
print({1, 2, 3} == frozenset({1, 2, 3}), sorted({-5, 3, 0, 100, -1}))
