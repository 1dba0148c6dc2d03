def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(sum([1, 2, 3]), sum([]), sum([], 5), sum(range(101)), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 0.5, 2]), sum([1e100, 1.0, -1e100]))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([True, True, 3]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2], 0.5))
print(sum([x * x for x in range(10)]), sum([1, 2**70, 1.5]), sum([1.5, 2**70]))
t(lambda: sum(['a', 'b'], ''))
t(lambda: sum([b'a'], b''))
t(lambda: sum([1], start='a'))
t(lambda: sum(['a', 'b']))
t(lambda: sum())
t(lambda: sum(start=1))
t(lambda: sum([], 1, 2))
t(lambda: sum([], 1, start=2))
t(lambda: sum([], iterable=1))
t(lambda: sum(1))
t(lambda: sum([1, None]))
t(lambda: sum([1.5, 'a']))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
t(lambda: sum([1.5, 2**1100]))
