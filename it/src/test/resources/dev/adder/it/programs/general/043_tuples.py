# tuples: packing, unpacking, methods
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[1], t[-1], t[1:])
a, b, c = t
print(a, b, c)
x, *rest = t
*init, last = t
first, *mid, end = range(6)
print(x, rest, init, last, first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
print(t.count(2), t.index(3), t + (4,), t * 2, (1,) * 0, ())
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, [2]) != (1, [3]))
single = (5,)
print(single, (5), tuple(), tuple([1, 2]), tuple("ab"))
def mm(s):
    return min(s), max(s)
lo, hi = mm([4, 8, 1, 9])
print(lo, hi)
a, b = b, a
print(a, b)
pts = [(1, 2), (3, 1), (0, 5)]
print(sorted(pts), sorted(pts, key=lambda p: p[1]), max(pts, key=sum))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
