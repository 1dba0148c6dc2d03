def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(sorted([3, 1, 2]), sorted('bca'), sorted((3, 1)), sorted({3: 'a', 1: 'b'}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(sorted(['bb', 'a', 'ccc'], key=len, reverse=True), sorted([1, 2], key=None))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([], reverse=1), sorted([2, 1], reverse=0))
t(lambda: sorted())
t(lambda: sorted([1], None))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted([1], zz=1))
t(lambda: sorted(1))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([1], reverse=1.5))
t(lambda: sorted([3, 1], key=1))
t(lambda: sorted([3, 1], key=lambda x: x / 0))
data = [5, 3, 8]
r = sorted(data)
print(r is data, data)
